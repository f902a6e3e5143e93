// The directory of places in a real browser: finding a place by keyboard
// alone with JavaScript off, a staff member verifying a place without
// JavaScript (errors first), and axe-core on every page and state of the
// directory in both languages at 1280 and 320 px.
import { test, expect } from '@playwright/test';

import { LANGS, WIDTHS, axeViolations, horizontalOverflow, firstStaffSignIn, widest } from './support.mjs';

// Many pages per test, each checked with axe at two widths: more than the default two minutes.
test.describe.configure({ timeout: 300_000 });

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;
const EDITOR = 'places@demo.example.org';
const CENTRE = /残疾人综合服务中心|comprehensive service centre/;

// One first sign-in for the whole file (a code works once).
test.describe.configure({ mode: 'serial' });

let editorState;

test.beforeAll(async ({ browser }) => {
  editorState = await firstStaffSignIn(browser, BASE_URL, EDITOR);
});

/** Presses Tab until the element `selector` has the focus. */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

async function placeHref(page, name) {
  await page.goto('/places');
  return page.locator('.event-list__title a', { hasText: name }).getAttribute('href');
}

test('a resident finds a place by keyboard alone with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  const page = await context.newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/places');
  await tabTo(page, '#area');
  await page.keyboard.type('Guanyinqiao');
  await expect(page.locator('#area')).toHaveValue('jiangbei.guanyinqiao');
  await tabTo(page, '#need');
  await page.keyboard.press('Space');
  await tabTo(page, '#need-toilet');
  await page.keyboard.press('Space');
  await tabTo(page, 'form.places-search button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/area=jiangbei\.guanyinqiao/);
  await expect(page).toHaveURL(/need=step-free&need=toilet/);
  await expect(page.locator('#results')).toHaveText(/^\d+ places?$/);
  // The form keeps what was asked, so the search can be changed.
  await expect(page.locator('#need')).toBeChecked();
  await expect(page.locator('#need-toilet')).toBeChecked();
  const centre = page.locator('.event-list__title a', { hasText: CENTRE });
  await expect(centre).toHaveCount(1);
  const href = await centre.getAttribute('href');
  await tabTo(page, `.event-list__title a[href="${href}"]`);
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText(CENTRE);
  await expect(page.locator('#accessibility ~ .summary-list')).toContainText('Step-free entrance');
  await expect(page.locator('#verified')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await context.close();
});

test('without JavaScript an editor verifies a place, fixing errors first', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: editorState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/staff/places');
  await page.locator('a', { hasText: /Wubao Town Federation office/ }).click();
  await expect(page.locator('h1')).toHaveText(/Wubao Town Federation office/);
  await page.locator('#door_width').fill('wide');
  await page.locator('#opens-1').fill('9am');
  await page.locator('form[action^="/staff/places/"] button[type=submit]').click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary a[href="#door_width"]')).toBeVisible();
  await expect(page.locator('#door_width')).toHaveValue('wide');
  await expect(page.locator('#door_width')).toHaveAttribute('aria-invalid', 'true');
  await page.locator('#door_width').fill('95 cm');
  await page.locator('#opens-1').fill('09:00');
  await page.locator('label[for="fact-hearing-loop"]').click();
  await page.locator('form[action^="/staff/places/"] button[type=submit]').click();
  await expect(page).toHaveURL(/\?done=verified$/);
  await expect(page.locator('.notification-banner')).toContainText('Last verified on');
  const href = await page.locator('a', { hasText: 'See the public page' }).getAttribute('href');
  await page.goto(href);
  await expect(page.locator('#verified')).toContainText('Demo places editor');
  await expect(page.locator('#accessibility ~ .summary-list')).toContainText('95 cm');
  await page.goto('/places?need=hearing-loop');
  await expect(page.locator('.event-list__title a', { hasText: /Wubao/ })).toHaveCount(1);
  await context.close();
});

async function audit(page, context, lang, name, open, failures) {
  await context.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const violations = await axeViolations(page);
    if (violations.length) failures.push({ name, lang, width, url: page.url(), violations });
    if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ name, lang, overflow: await widest(page) });
  }
}

const PUBLIC_STATES = {
  'find a place': (page) => page.goto('/places'),
  'places with results': (page) => page.goto('/places?area=jiangbei.guanyinqiao&need=step-free&need=toilet'),
  'places with no results': (page) => page.goto('/places?kind=care&need=sign-language'),
  'places with an error': (page) => page.goto('/places?kind=spaceship&need=flying'),
  'a place': async (page) => page.goto(await placeHref(page, CENTRE)),
  'a place with facts not known': async (page) => page.goto(await placeHref(page, /鱼嘴镇卫生院|Yuzui town health centre/)),
};

for (const [name, open] of Object.entries(PUBLIC_STATES)) {
  test(`${name} has no axe violations in either language`, async ({ page, context }) => {
    const failures = [];
    for (const lang of LANGS) await audit(page, context, lang, name, open, failures);
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}

test('the staff pages of places and their errors have no axe violations in either language', async ({ browser }) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: editorState });
  const page = await context.newPage();
  await page.goto('/staff/places');
  const href = await page.locator('a', { hasText: /鱼嘴镇残联|Yuzui Town Federation office/ }).getAttribute('href');
  const states = {
    'the list of places': (p) => p.goto('/staff/places'),
    'a place to verify': (p) => p.goto(href),
    'a place with errors': async (p) => {
      await p.goto(href);
      await p.locator('#door_width').fill('3');
      await p.locator('#phone').fill('');
      await p.locator('#closes-2').fill('08:00');
      await p.locator('form[action^="/staff/places/"] button[type=submit]').click();
      await expect(p.locator('.error-summary')).toBeVisible();
    },
    'a place just verified': (p) => p.goto(`${href}?done=verified`),
  };
  const failures = [];
  for (const lang of LANGS) {
    for (const [name, open] of Object.entries(states)) await audit(page, context, lang, name, open, failures);
  }
  await context.close();
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
