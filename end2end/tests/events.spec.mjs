// Job fairs and training in a real browser, with the demo fairs and courses
// (the server runs with PORTAL_DEMO=true): registering for a fair by keyboard
// alone, booking and the waiting list with JavaScript off, the calendar
// download, and axe-core on every page and state in both languages at 1280
// and 320 px.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, axeViolations, horizontalOverflow, DISPLAYS, setLangAndDisplay, expectDisplay } from './support.mjs';
import { registerAndSignIn, uniqueEmail } from './residents.mjs';


// The demo's fairs and courses (server/src/seed.rs), found by their title in either language.
const FAIRS = { Guanyinqiao: /观音桥残疾人专场招聘会|Guanyinqiao job fair/, Wulidian: /五里店街道就业援助招聘会|Wulidian employment/ };
const COURSES = { Ecommerce: /电子商务入门|E-commerce basics/, Massage: /盲人保健按摩|Massage for blind/, Computer: /电脑基础|Computer basics/ };

async function fairHref(page, name) {
  await page.goto('/jobs/fairs');
  return page.locator('.event-list__title a', { hasText: FAIRS[name] }).getAttribute('href');
}

async function courseHref(page, name) {
  await page.goto('/training');
  return page.locator('.event-list__title a', { hasText: COURSES[name] }).getAttribute('href');
}

async function check(page, context, baseURL, lang, open) {
  const failures = [];
  for (const display of DISPLAYS) {
    await setLangAndDisplay(context, baseURL, lang, display);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectDisplay(page, display);
      const violations = await axeViolations(page);
      if (violations.length) failures.push({ display, width, url: page.url(), violations });
      if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ display, width, url: page.url(), overflow: true });
    }
  }
  return failures;
}

const PUBLIC_STATES = {
  'upcoming fairs': (page) => page.goto('/jobs/fairs'),
  'fairs filtered to a hearing loop': (page) => page.goto('/jobs/fairs?feature=hearing-loop&feature=quiet-room'),
  'fairs filter with an error': (page) => page.goto('/jobs/fairs?from=next+week'),
  'fairs filter with no match': (page) => page.goto('/jobs/fairs?feature=hearing-loop&feature=accessible-parking'),
  'past fairs': (page) => page.goto('/jobs/fairs/past'),
  'a fair, signed out': async (page) => page.goto(await fairHref(page, 'Guanyinqiao')),
  'a past fair': async (page) => {
    await page.goto('/jobs/fairs/past');
    await page.locator('.event-list__title a').first().click();
  },
  'training courses': (page) => page.goto('/training'),
  'a course, signed out': async (page) => page.goto(await courseHref(page, 'Computer')),
};

for (const [name, open] of Object.entries(PUBLIC_STATES)) {
  test(`${name} has no axe violations in either language`, async ({ page, context, baseURL }) => {
    const failures = [];
    for (const lang of LANGS) failures.push(...(await check(page, context, baseURL, lang, open)));
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}

test('signed-in pages and their errors have no axe violations in either language', async ({ page, context, baseURL }) => {
  // 72 axe runs: well over the default limit when the other worker is busy too.
  test.setTimeout(600_000);
  await registerAndSignIn(page, { name: 'Axe Tester', email: uniqueEmail('events-axe') });
  const fair = await fairHref(page, 'Wulidian');
  const course = await courseHref(page, 'Computer');
  const states = {
    'fair with the registration form': (p) => p.goto(fair),
    'fair registration with an error': async (p) => {
      await p.goto(fair);
      await p.evaluate(() => {
        const box = document.querySelector('input[name=adjustments]');
        box.value = 'flying-carpet';
        box.checked = true;
        box.form.submit();
      });
      await expect(p.locator('.error-summary')).toBeVisible();
    },
    'course with the booking form': (p) => p.goto(course),
    'course booking with an error': async (p) => {
      await p.goto(course);
      await p.locator('main form[action$="/book"] button[type=submit]').click();
      await expect(p.locator('.error-summary')).toBeVisible();
    },
    'your bookings, empty': (p) => p.goto('/account/bookings'),
  };
  const failures = [];
  for (const [name, open] of Object.entries(states)) {
    for (const lang of LANGS) {
      for (const failure of await check(page, context, baseURL, lang, open)) failures.push({ name, lang, ...failure });
    }
  }
  // With a registration, a booking and a banner.
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
  await page.goto(fair);
  await page.locator('main form[action$="/register"] button[type=submit]').click();
  await expect(page.locator('.notification-banner')).toBeVisible();
  await page.goto(course);
  await page.locator('input[name=session]').first().check();
  await page.locator('main form[action$="/book"] button[type=submit]').click();
  await expect(page).toHaveURL(/\/account\/bookings\?done=booked$/);
  for (const [name, path] of [['fair after registering', `${fair}?done=registered`], ['your bookings with a banner', '/account/bookings?done=booked']]) {
    for (const lang of LANGS) {
      for (const failure of await check(page, context, baseURL, lang, (p) => p.goto(path))) failures.push({ name, lang, ...failure });
    }
  }
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});

test('a resident registers for a fair by keyboard alone and adds it to a calendar', async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
  await registerAndSignIn(page, { name: 'Zhao Lei', email: uniqueEmail('events-keyboard') });
  await page.goto('/jobs/fairs');
  // Tab from the top of the page to the first fair's link.
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => /^\/jobs\/fairs\/\d+$/.test(document.activeElement?.getAttribute('href') || ''));
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/jobs\/fairs\/\d+$/);
  // Tick "a sign language interpreter" and register, by keyboard.
  await page.locator('input[name=adjustments]').first().focus();
  await page.keyboard.press('Space');
  await expect(page.locator('input[name=adjustments]').first()).toBeChecked();
  await page.locator('#other_needs').focus();
  await page.keyboard.type('I use a wheelchair.');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Register');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notification-banner')).toContainText('You are registered');
  await expect(page.locator('main')).toContainText('A sign language interpreter');
  const download = page.waitForEvent('download');
  await page.locator('a[href$="/calendar.ics"]').first().focus();
  await page.keyboard.press('Enter');
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain('BEGIN:VCALENDAR');
  expect(text).toContain('BEGIN:VEVENT');
});

test('without JavaScript a full session puts people on the waiting list, and cancelling offers the place', async ({ browser, baseURL }) => {
  const people = [];
  for (const name of ['Qian', 'Sun', 'Zhou']) {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
    const page = await context.newPage();
    await registerAndSignIn(page, { name, email: uniqueEmail(`events-${name.toLowerCase()}`) });
    people.push({ context, page });
  }
  const course = await courseHref(people[0].page, 'Massage');
  // The massage course's later session has two places: use it, so that other tests' bookings do not matter.
  const outcomes = [];
  for (const { page } of people) {
    await page.goto(course);
    await page.locator('input[name=session]').last().check();
    await page.locator('main form[action$="/book"] button[type=submit]').click();
    outcomes.push(new URL(page.url()).search);
  }
  expect(outcomes).toEqual(['?done=booked', '?done=booked', '?done=waiting']);
  const last = people[2].page;
  await expect(last.locator('main')).toContainText('On the waiting list: number 1');
  await people[0].page.goto('/account/bookings');
  await people[0].page.locator('form[action$="/cancel"] button').last().click();
  await expect(people[0].page.locator('h1')).toContainText('Cancel this training booking?');
  await people[0].page.locator('main form button[type=submit]').click();
  await expect(people[0].page.locator('.notification-banner')).toContainText('Cancelled');
  await last.goto('/account/bookings');
  await expect(last.locator('main')).toContainText('A place is offered to you');
  await last.locator('form[action$="/accept"] button').click();
  await expect(last.locator('.notification-banner')).toContainText('The place is yours');
  await expect(last.locator('main')).toContainText('Place booked');
  for (const { context } of people) await context.close();
});
