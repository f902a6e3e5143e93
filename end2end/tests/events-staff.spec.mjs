// Running fairs and training from the staff workspace, as the demo's
// Guanyinqiao events editor: a fair and a course created without JavaScript
// (errors first), check-in at the door by keyboard on a phone-sized screen,
// and axe-core on every events page and state in both languages.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, axeViolations, horizontalOverflow, firstStaffSignIn, widest, DISPLAYS, setLangAndDisplay, expectDisplay } from './support.mjs';
import { registerAndSignIn, uniqueEmail } from './residents.mjs';

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;

// One first sign-in for the whole file (a code works once).
test.describe.configure({ mode: 'serial' });

let editorState;
const made = {};

function inDays(days) {
  const chongqing = new Date(Date.now() + 8 * 3600_000 + days * 86_400_000);
  return chongqing.toISOString().slice(0, 10);
}

test.beforeAll(async ({ browser }) => {
  editorState = await firstStaffSignIn(browser, BASE_URL, 'events@demo.example.org');
});

/** Fills in and sends the course page's "add a session" form. */
async function addSession(page, days, capacity) {
  const form = page.locator('form[action$="/sessions"]');
  await form.locator('#date').fill(inDays(days));
  await form.locator('#starts').fill('14:00');
  await form.locator('#ends').fill('16:00');
  await form.locator('#venue_zh').fill('观音桥社区活动室');
  await form.locator('#address_zh').fill('建新北路 2 号');
  await form.locator('#capacity').fill(String(capacity));
  await form.locator('button').click();
}

async function asEditor(browser, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: editorState, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

test('without JavaScript an editor creates a fair and a course, fixing errors first', async ({ browser }) => {
  const { context, page } = await asEditor(browser, { javaScriptEnabled: false });
  await page.goto('/staff/events');
  await page.locator('a[href="/staff/fairs/new"]').click();
  await page.locator('#title_zh').fill('观音桥夏季招聘会');
  await page.locator('#date').fill('tomorrow');
  await page.locator('form[action="/staff/fairs/new"] button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#title_zh')).toHaveValue('观音桥夏季招聘会');
  await page.locator('#summary_zh').fill('专场招聘会');
  await page.locator('#date').fill(inDays(30));
  await page.locator('#starts').fill('09:00');
  await page.locator('#ends').fill('11:30');
  await page.locator('#venue_zh').fill('观音桥街道办事处');
  await page.locator('#address_zh').fill('建新北路 1 号');
  await page.locator('#transport_zh').fill('轻轨 3 号线观音桥站');
  await page.locator('input[name=feature][value=step-free]').check();
  await page.locator('form[action="/staff/fairs/new"] button[type=submit]').click();
  await expect(page).toHaveURL(/\/staff\/fairs\/\d+\?done=created$/);
  made.fair = new URL(page.url()).pathname;
  await page.locator('#employer_name').fill('重庆某物流公司');
  await page.locator('form[action$="/employers"] button').click();
  await expect(page.locator('.notification-banner')).toBeVisible();

  await page.goto('/staff/courses/new');
  await page.locator('#title_zh').fill('手工编织');
  await page.locator('#description_zh').fill('竹编和布艺');
  await page.locator('#suits_zh').fill('手部活动自如的人');
  await page.locator('form[action="/staff/courses/new"] button[type=submit]').click();
  await expect(page).toHaveURL(/\/staff\/courses\/\d+\?done=created$/);
  made.course = new URL(page.url()).pathname;
  await page.locator('form[action$="/sessions"] button').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await addSession(page, 21, 1);
  await expect(page.locator('.notification-banner')).toBeVisible();
  made.session = await page.locator('a[href^="/staff/sessions/"]').first().getAttribute('href');
  await context.close();
});

test('at the door, an editor checks people in by keyboard on a phone-sized screen', async ({ browser, baseURL }) => {
  // Two residents: one registers for the fair, and books the session; the other waits.
  for (const name of ['Feng', 'Chen']) {
    const context = await browser.newContext({ baseURL });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
    const page = await context.newPage();
    await registerAndSignIn(page, { name, email: uniqueEmail(`door-${name.toLowerCase()}`) });
    await page.goto(made.fair.replace('/staff/fairs/', '/jobs/fairs/'));
    await page.locator('input[name=adjustments][value=large-print]').check();
    await page.locator('main form[action$="/register"] button[type=submit]').click();
    await expect(page.locator('.notification-banner')).toBeVisible();
    await page.goto(made.course.replace('/staff/courses/', '/training/'));
    await page.locator('input[name=session]').first().check();
    await page.locator('main form[action$="/book"] button[type=submit]').click();
    await expect(page).toHaveURL(/\/account\/bookings\?done=(booked|waiting)$/);
    await context.close();
  }
  const { context, page } = await asEditor(browser);
  await page.setViewportSize({ width: 320, height: 740 });
  await page.goto(`${made.fair}/registrations`);
  await expect(page.locator('main')).toContainText('Large print');
  const button = page.locator('form[action$="/check-in"] button').first();
  const name = await button.getAttribute('aria-label') || await button.textContent();
  expect(name).toMatch(/Feng|Chen/);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expect(page.locator('form[action$="/check-in"] button')).toHaveCount(1);
  expect(await horizontalOverflow(page)).toBe(0);

  await page.goto(made.session);
  await page.locator('form[action$="/complete"] button').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.notification-banner')).toBeVisible();
  await page.locator('a[href*="/certificates/"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toContainText('手工编织');
  made.certificate = new URL(page.url()).pathname;
  await context.close();
});

test('without JavaScript an editor records a hire, raises a capacity and cancels a session', async ({ browser }) => {
  const { context, page } = await asEditor(browser, { javaScriptEnabled: false });
  await page.goto(`${made.fair}/registrations`);
  const hire = page.locator('form[action$="/hire"]').first();
  await hire.locator('select[name=employer]').selectOption({ index: 1 });
  await hire.locator('button').click();
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expect(page.locator('main')).toContainText('重庆某物流公司');

  // One place, taken, and one person waiting: a second place goes to them as an offer.
  await page.goto(made.session);
  await expect(page.locator('#waiting-heading')).toHaveText('Waiting list: 1');
  await page.locator('form[action$="/capacity"] input[name=capacity]').fill('2');
  await page.locator('form[action$="/capacity"] button').click();
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expect(page.locator('#waiting-heading')).toHaveText('Waiting list: 0');
  await expect(page.locator('main')).toContainText('No one is waiting.');

  // A second session of the course, then cancelled with a reason.
  await page.goto(made.course);
  await addSession(page, 28, 5);
  await expect(page.locator('.notification-banner')).toBeVisible();
  await page.goto(await page.locator('a[href^="/staff/sessions/"]').last().getAttribute('href'));
  await page.locator('form[action$="/cancel"] #reason').fill('培训老师生病');
  await page.locator('form[action$="/cancel"] button').click();
  await expect(page.locator('.notification-banner')).toBeVisible();
  await expect(page.locator('form[action$="/cancel"]')).toHaveCount(0);
  await context.close();
});

// Each page and state: how to reach it, as the editor.
const STAFF_STATES = {
  'events list': (p) => p.goto('/staff/events'),
  'new fair': (p) => p.goto('/staff/fairs/new'),
  'new fair with errors': async (p) => {
    await p.goto('/staff/fairs/new');
    await p.locator('form[action="/staff/fairs/new"] button[type=submit]').click();
    await expect(p.locator('.error-summary')).toBeVisible();
  },
  'a fair': (p) => p.goto(made.fair),
  'a fair with a position error': async (p) => {
    await p.goto(made.fair);
    await p.locator('form[action$="/positions"] button').click();
    await expect(p.locator('.error-summary')).toBeVisible();
  },
  'registrations': (p) => p.goto(`${made.fair}/registrations?done=checked-in`),
  'new course': (p) => p.goto('/staff/courses/new'),
  'a course': (p) => p.goto(`${made.course}?done=session-added`),
  'a session with its places and waiting list': (p) => p.goto(made.session),
  'a session with a capacity error': async (p) => {
    await p.goto(made.session);
    await p.locator('form[action$="/capacity"] input[name=capacity]').fill('0');
    await p.locator('form[action$="/capacity"] button').click();
    await expect(p.locator('.error-summary')).toBeVisible();
  },
  'a certificate': (p) => p.goto(made.certificate),
};

for (const [name, open] of Object.entries(STAFF_STATES)) {
  test(`${name} (staff) has no axe violations in either language`, async ({ browser, baseURL }) => {
    const { context, page } = await asEditor(browser);
    const failures = [];
    for (const lang of LANGS) {
      for (const display of DISPLAYS) {
        await setLangAndDisplay(context, baseURL, lang, display);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await open(page);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          await expectDisplay(page, display);
          const violations = await axeViolations(page);
          if (violations.length) failures.push({ lang, display, width, violations });
          if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ lang, display, width, overflow: await widest(page) });
        }
      }
    }
    await context.close();
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}
