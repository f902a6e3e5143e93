// The staff workspace in a real browser, with the demo accounts and demo
// applications (the server runs with PORTAL_DEMO=true): sign-in with the
// authenticator code computed here (RFC 6238), a review by keyboard alone,
// the same without JavaScript, and axe-core on every staff page and error
// state in both languages at 1280 and 320 px.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, axeViolations, horizontalOverflow, widest, DISPLAYS, DEMO_PASSWORD, firstStaffSignIn, totp, setLangAndDisplay, expectDisplay } from './support.mjs';
import { completeApplication, lastMailTo, linkIn, registerAndSignIn, startApplication, uniqueEmail } from './residents.mjs';

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;

// Each demo account signs in once per run (a code works once), so the
// tests share signed-in browser states and run one after another.
test.describe.configure({ mode: 'serial' });

const states = {};

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  states.community = await firstStaffSignIn(browser, BASE_URL, 'community@demo.example.org');
  states.street = await firstStaffSignIn(browser, BASE_URL, 'street@demo.example.org');
  states.district = await firstStaffSignIn(browser, BASE_URL, 'district@demo.example.org');
  states.admin = await firstStaffSignIn(browser, BASE_URL, 'admin@demo.example.org');
});

async function as(browser, role, { javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: states[role], javaScriptEnabled });
  return { context, page: await context.newPage() };
}

test('a community worker reviews by keyboard alone and passes an application on', async ({ browser }) => {
  const { context, page } = await as(browser, 'community');
  await page.goto('/staff/home');
  await expect(page.locator('h1')).toHaveText('Staff workspace');
  // Tab from the top to the queue link in the workspace's navigation.
  await page.keyboard.press('Tab');
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/staff/queue');
  }
  expect(found).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/queue$/);
  const first = page.locator('table a[href^="/staff/applications/"]').first();
  const reference = await first.textContent();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toContainText(reference);
  // Refuse without a reason: the summary takes focus and links to the field.
  await page.locator('form[action$="/refuse"] button').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#reason')).toBeFocused();
  // Pass it on instead.
  await page.locator('form[action$="/pass"] button').focus();
  await page.keyboard.press('Enter');
  // It asks first, naming what will happen; only the confirmation's button acts.
  await expect(page.locator('h1')).toContainText('Pass this application to the street or town office?');
  await page.locator('main form:has(input[name=confirmed]) button[type=submit]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.notification-banner')).toContainText('Passed to the next level');
  await expect(page.locator('.lead').first()).toContainText('Street or town review');
  await context.close();
});

test('the street and the district finish a review without JavaScript', async ({ browser }) => {
  const street = await as(browser, 'street', { javaScriptEnabled: false });
  await street.page.goto('/staff/queue');
  const link = street.page.locator('table a[href^="/staff/applications/"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  await street.page.locator('#note').fill('Visited the family; documents are in order.');
  await street.page.locator('form[action$="/notes"] button').click();
  await expect(street.page.locator('.notification-banner')).toContainText('Note saved');
  await street.page.locator('form[action$="/pass"] button').click();
  await street.page.locator('main form:has(input[name=confirmed]) button[type=submit]').click();
  await expect(street.page.locator('.notification-banner')).toContainText('Passed to the next level');
  await street.context.close();

  const district = await as(browser, 'district', { javaScriptEnabled: false });
  await district.page.goto(href);
  await expect(district.page.locator('main')).toContainText('Visited the family');
  // A cash benefit asks for the amount in its unit; a service for what is provided.
  const granted = (await district.page.locator('#amount').count()) ? '1200' : 'A manual wheelchair';
  await district.page.locator(granted === '1200' ? '#amount' : '#provision').fill(granted);
  await district.page.locator('#start').fill('2027-01-01');
  await district.page.locator('form[action$="/approve"] button').click();
  await expect(district.page.locator('h1')).toContainText('Approve this application?');
  await expect(district.page.locator('main')).toContainText(granted);
  await district.page.locator('main form:has(input[name=confirmed]) button[type=submit]').click();
  await expect(district.page.locator('.notification-banner')).toContainText('Application approved');
  await expect(district.page.locator('main')).toContainText(granted);
  await district.context.close();
});

test('an applicant reads the decision, who made it and when, and its letter in both wordings', async ({ browser }) => {
  const resident = await browser.newContext({ baseURL: BASE_URL });
  await resident.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  const page = await resident.newPage();
  await registerAndSignIn(page, { email: uniqueEmail('decided') });
  const base = await startApplication(page);
  await completeApplication(page, base);
  await page.goto(`${base}/check`);
  await page.getByRole('button', { name: 'Accept and send' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/confirmation$`));
  const review = `/staff${base}`;
  for (const role of ['community', 'street']) {
    const staff = await as(browser, role, { javaScriptEnabled: false });
    await staff.page.goto(review);
    await staff.page.locator('form[action$="/pass"] button').click();
    await staff.page.locator('main form:has(input[name=confirmed]) button[type=submit]').click();
    await expect(staff.page.locator('.notification-banner')).toContainText('Passed to the next level');
    await staff.context.close();
  }
  const district = await as(browser, 'district', { javaScriptEnabled: false });
  await district.page.goto(review);
  await expect(district.page.locator('label[for=amount]')).toHaveText('Amount per year, in yuan');
  await district.page.locator('#amount').fill('1000');
  await district.page.locator('#start').fill('2027-01-01');
  await district.page.locator('form[action$="/approve"] button').click();
  await district.page.locator('main form:has(input[name=confirmed]) button[type=submit]').click();
  await expect(district.page.locator('.notification-banner')).toContainText('Application approved');
  await district.context.close();

  await page.goto(base);
  const decision = page.locator('#decision-heading + .summary-list');
  await expect(decision).toContainText('1000 yuan a year');
  await expect(decision).toContainText('1 January 2027');
  await expect(decision).toContainText('Demo district');
  for (const path of ['', '/decision', '/decision/easy-read']) {
    await page.goto(`${base}${path}`);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page), `${path} at ${width}`).toEqual([]);
    }
  }
  await page.goto(`${base}/decision`);
  await expect(page.locator('main')).toContainText('Within 60 days');
  // The printout keeps the help contacts and drops the navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.letter__contact')).toBeVisible();
  await expect(page.locator('.no-print').first()).toBeHidden();
  await resident.close();
});

async function submitEmpty(page, form) {
  await page.locator(`main form[action$="${form}"] button[type=submit]`).first().click();
  await expect(page.locator('.error-summary')).toBeVisible();
}

// Pages by role, each opened fresh; error states submit a form with what is missing.
const PAGES = {
  community: {
    home: (page) => page.goto('/staff/home'),
    queue: (page) => page.goto('/staff/queue'),
    'queue, every status': (page) => page.goto('/staff/queue?status=all&sort=newest'),
    'queue, nothing found': (page) => page.goto('/staff/queue?status=all&from=2001-01-01&to=2001-01-02'),
    application: async (page) => {
      await page.goto('/staff/queue?status=all');
      await page.locator('table a[href^="/staff/applications/"]').first().click();
    },
    'application with errors': async (page) => {
      await page.goto('/staff/queue');
      await page.locator('table a[href^="/staff/applications/"]').first().click();
      await submitEmpty(page, '/request-information');
    },
    'refuse with errors': async (page) => {
      await page.goto('/staff/queue');
      await page.locator('table a[href^="/staff/applications/"]').first().click();
      await submitEmpty(page, '/refuse');
    },
    // The confirmations shown after an action (the URL an action redirects to).
    'application with a confirmation': async (page) => {
      await page.goto('/staff/queue?status=all');
      const href = await page.locator('table a[href^="/staff/applications/"]').first().getAttribute('href');
      await page.goto(`${href}?done=refuse`);
      await expect(page.locator('.notification-banner')).toBeVisible();
    },
  },
  district: {
    'approve, asked to confirm': async (page) => {
      await page.goto('/staff/queue');
      await page.locator('table a[href^="/staff/applications/"]').first().click();
      const money = await page.locator('#amount').count();
      await page.locator(money ? '#amount' : '#provision').fill(money ? '300' : 'A hearing aid');
      await page.locator('#start').fill('2027-02-01');
      await page.locator('form[action$="/approve"] button').click();
      await expect(page.locator('main form input[name=confirmed]')).toHaveCount(1);
    },
    'approve with errors': async (page) => {
      await page.goto('/staff/queue');
      await page.locator('table a[href^="/staff/applications/"]').first().click();
      await submitEmpty(page, '/approve');
    },
  },
  admin: {
    'staff accounts': (page) => page.goto('/staff/team'),
    'new account with errors': async (page) => { await page.goto('/staff/team/new'); await submitEmpty(page, '/staff/team/new'); },
    'one account': async (page) => {
      await page.goto('/staff/team');
      await page.locator('table a[href^="/staff/team/"]').first().click();
    },
    'one account with errors': async (page) => {
      await page.goto('/staff/team');
      await page.locator('table a[href^="/staff/team/"]').last().click();
      await page.locator('#display_name').fill('');
      await page.locator('main form[action^="/staff/team/"] button[type=submit]').first().click();
      await expect(page.locator('.error-summary')).toBeVisible();
    },
    'one account with a confirmation': async (page) => {
      await page.goto('/staff/team');
      const href = await page.locator('table a[href^="/staff/team/"]').last().getAttribute('href');
      await page.goto(`${href}?done=created`);
      await expect(page.locator('.notification-banner')).toBeVisible();
    },
    'parameters with a confirmation': async (page) => {
      await page.goto('/staff/parameters?done=added');
      await expect(page.locator('.notification-banner')).toBeVisible();
    },
    parameters: (page) => page.goto('/staff/parameters'),
    'parameters with errors': async (page) => { await page.goto('/staff/parameters'); await submitEmpty(page, '/staff/parameters'); },
    'parameter review with errors': async (page) => { await page.goto('/staff/parameters'); await submitEmpty(page, '/staff/parameters/review'); },
    'audit log': (page) => page.goto('/staff/audit'),
    'holiday calendar': (page) => page.goto('/staff/calendar?year=2026'),
    'holiday calendar with errors': async (page) => { await page.goto('/staff/calendar?year=2026'); await submitEmpty(page, '/staff/calendar'); },
    'not allowed': (page) => page.goto('/staff/queue'),
  },
  anyone: {
    'sign in': (page) => page.goto('/staff'),
    'sign in with errors': async (page) => {
      await page.goto('/staff');
      await page.locator('#email').fill('nobody@example.org');
      await page.locator('#password').fill('wrong password');
      await page.locator('#password').press('Enter');
      await expect(page.locator('.error-summary')).toBeVisible();
    },
    'expired set-up link': (page) => page.goto('/staff/set-up/expired'),
  },
};


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
      if (width === 320) {
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) failures.push({ display, width, url: page.url(), overflow, widest: await widest(page) });
      }
    }
  }
  return failures;
}

for (const lang of LANGS) {
  test(`staff pages (${lang}) have no axe violations`, async ({ browser, baseURL }) => {
    test.setTimeout(600_000);
    const failures = [];
    for (const [role, pages] of Object.entries(PAGES)) {
      const { context, page } = role === 'anyone'
        ? await (async () => { const c = await browser.newContext({ baseURL: BASE_URL }); return { context: c, page: await c.newPage() }; })()
        : await as(browser, role);
      for (const [name, open] of Object.entries(pages)) {
        for (const f of await check(page, context, baseURL, lang, open)) failures.push({ role, name, ...f });
      }
      await context.close();
    }
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}

test('an administrator lists a make-up working day and removes it, by keyboard without JavaScript', async ({ browser }) => {
  const { context, page } = await as(browser, 'admin', { javaScriptEnabled: false });
  await page.goto('/staff/home');
  await page.locator('#admin-heading + ul a[href="/staff/calendar"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('h1')).toHaveText('Public holidays and make-up working days');
  await page.goto('/staff/calendar?year=2027');
  await page.locator('#day').fill('2027-02-07');
  await page.locator('#kind').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name=kind][value=make_up_working_day]')).toBeChecked();
  await page.locator('#name_zh').fill('春节');
  await page.locator('#name_en').fill('Spring Festival');
  await page.locator('#name_en').press('Enter');
  await expect(page).toHaveURL(/\/staff\/calendar\?year=2027&done=added$/);
  const row = page.locator('tr', { hasText: 'Spring Festival' });
  await expect(row).toContainText('Make-up working day');
  await row.getByRole('button', { name: /^Remove/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/done=removed$/);
  await expect(page.locator('tr', { hasText: 'Spring Festival' })).toHaveCount(0);
  await context.close();
});

test('the second-factor pages have no axe violations, errors included', async ({ browser, baseURL }) => {
  const failures = [];
  for (const lang of LANGS) {
    const context = await browser.newContext({ baseURL: BASE_URL });
    await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
    const page = await context.newPage();
    // The content editor signs in for the first time in this test only.
    await page.goto('/staff');
    await page.locator('#email').fill('editor@demo.example.org');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('#password').press('Enter');
    await expect(page).toHaveURL(/\/staff\/two-factor\/set-up$/);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/staff/two-factor/set-up');
      let violations = await axeViolations(page);
      if (violations.length) failures.push({ lang, width, name: 'set-up', violations });
      await page.locator('#code').fill('12');
      await page.locator('#code').press('Enter');
      await expect(page.locator('.error-summary')).toBeVisible();
      violations = await axeViolations(page);
      if (violations.length) failures.push({ lang, width, name: 'set-up with an error', violations });
      if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ lang, name: 'set-up overflows' });
    }
    await context.close();
  }
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});

test('a new colleague is invited, sets up sign-in, and signs in again; every step passes axe', async ({ browser }) => {
  const failures = [];
  const audit = async (page, name) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await axeViolations(page);
      if (violations.length) failures.push({ name, width, violations });
      if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ name, overflow: await widest(page) });
    }
  };
  const admin = await as(browser, 'admin');
  await admin.page.goto('/staff/team/new');
  await admin.page.locator('#display_name').fill('Zhou Min');
  await admin.page.locator('#email').fill('zhou@e2e.example.org');
  await admin.page.locator('#role-street_reviewer').check();
  await admin.page.locator('#area').selectOption('jiangbei.wulidian');
  await admin.page.locator('main form[action="/staff/team/new"] button[type=submit]').click();
  await expect(admin.page.locator('.notification-banner')).toBeVisible();
  await audit(admin.page, 'account created');
  await admin.context.close();

  const context = await browser.newContext({ baseURL: BASE_URL });
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  const page = await context.newPage();
  await page.goto(linkIn(await lastMailTo('zhou@e2e.example.org')));
  await audit(page, 'choose a password');
  await page.locator('#password').fill('short');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeVisible();
  await audit(page, 'choose a password, too short');
  await page.locator('#password').fill('a long password for zhou 2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/two-factor\/set-up$/);
  const key = (await page.locator('.secret-key code').textContent()).replace(/\s/g, '');
  await page.locator('#code').fill(totp(key));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/recovery-codes$/);
  await audit(page, 'recovery codes');
  await page.goto('/staff/home');
  await audit(page, 'home with recovery codes left');
  await page.locator('.staff-nav form button').click();
  await expect(page.locator('.notification-banner')).toContainText('signed out');
  await audit(page, 'signed out');

  await page.locator('#email').fill('zhou@e2e.example.org');
  await page.locator('#password').fill('a long password for zhou 2026');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/two-factor$/);
  await audit(page, 'code');
  await page.locator('#code').fill('000000');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeVisible();
  await audit(page, 'code, wrong');
  // The code of the next 30-second step: the one used at set-up cannot be used again.
  await page.locator('#code').fill(totp(key, Date.now() + 30_000));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/home$/);
  await context.close();
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
