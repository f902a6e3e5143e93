// axe-core on the account and application pages, signed in, in both
// languages, at both widths, with standard and strongest display settings,
// including every error state. Nothing may scroll sideways at 320 px.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, axeViolations, horizontalOverflow, DISPLAYS, setLangAndDisplay, expectDisplay } from './support.mjs';
import { registerAndSignIn, startApplication, completeApplication, uniqueEmail, CERTIFICATE } from './residents.mjs';

async function submitEmpty(page) {
  await page.locator('main form[novalidate] button[type=submit]').first().click();
  await expect(page.locator('.error-summary')).toBeVisible();
}

// Pages anyone can open, and their error states.
const PUBLIC = {
  register: (page) => page.goto('/register'),
  'register with errors': async (page) => { await page.goto('/register'); await page.locator('#email').fill('not-an-email'); await submitEmpty(page); },
  'sign in': (page) => page.goto('/sign-in'),
  'sign in with errors': async (page) => {
    await page.goto('/sign-in');
    await page.locator('#email').fill('nobody@example.cn');
    await page.locator('#password').fill('wrong password');
    await page.locator('#password').press('Enter');
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'check your email': (page) => page.goto('/check-email?for=sign-in'),
  'expired link': (page) => page.goto('/sign-in/link/expired'),
  'password reset': (page) => page.goto('/password-reset'),
  'apply, signed out': (page) => page.goto('/apply/e04'),
  'signed out': (page) => page.goto('/signed-out'),
};

// Pages of a signed-in resident with a draft (`base`) and a submitted application (`sent`).
const SIGNED_IN = {
  account: (page) => page.goto('/account?done=signed-in'),
  'account, a person removed': async (page) => {
    await page.goto('/account?done=person-removed');
    await expect(page.locator('.notification-banner')).toBeVisible();
  },
  'account details with errors': async (page) => { await page.goto('/account/details'); await page.locator('#full_name').fill(''); await submitEmpty(page); },
  'password with errors': async (page) => { await page.goto('/account/password'); await page.locator('#password').fill('short'); await submitEmpty(page); },
  'add a person with errors': async (page) => { await page.goto('/account/people/new'); await submitEmpty(page); },
  'delete account': (page) => page.goto('/account/delete'),
  'apply: who for': (page) => page.goto('/apply/e04'),
  'task list': (page, { base }) => page.goto(`${base}?saved=1`),
  'person section with errors': async (page, { base }) => {
    await page.goto(`${base}/person`);
    await page.locator('#certificate_number').fill('123');
    await submitEmpty(page);
  },
  circumstances: (page, { base }) => page.goto(`${base}/circumstances`),
  'a question in the application': (page, { base }) => page.goto(`${base}/q/level`),
  'documents with an error': async (page, { base }) => {
    await page.goto(`${base}/documents`);
    await page.locator('#document').setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
    await page.locator('button[value=upload]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'declaration with an error': async (page, { base }) => { await page.goto(`${base}/declaration`); await submitEmpty(page); },
  'check before sending': (page, { base }) => page.goto(`${base}/check`),
  confirmation: (page, { sent }) => page.goto(`${sent}/confirmation`),
  'status page': (page, { sent }) => page.goto(sent),
  withdraw: (page, { sent }) => page.goto(`${sent}/withdraw`),
  'delete draft': (page, { base }) => page.goto(`${base}/delete`),
  'your applications': (page) => page.goto('/applications'),
};

async function check(page, context, baseURL, lang, open, data) {
  const failures = [];
  for (const display of DISPLAYS) {
    await setLangAndDisplay(context, baseURL, lang, display);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await open(page, data);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectDisplay(page, display);
      const violations = await axeViolations(page);
      if (violations.length) failures.push({ display, width, url: page.url(), violations });
      if (width === 320) {
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) failures.push({ display, width, overflow });
      }
    }
  }
  return failures;
}

for (const lang of LANGS) {
  test(`public account pages (${lang}) have no axe violations`, async ({ page, context, baseURL }) => {
    const failures = [];
    for (const [name, open] of Object.entries(PUBLIC)) {
      for (const f of await check(page, context, baseURL, lang, open, {})) failures.push({ name, ...f });
    }
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });

  test(`signed-in account and application pages (${lang}) have no axe violations`, async ({ page, context, baseURL }) => {
    test.setTimeout(600_000);
    await registerAndSignIn(page, { email: uniqueEmail(`axe-${lang}`) });
    await page.goto('/account/people/new');
    await page.locator('#full_name').fill('Li Xiaoming');
    await page.locator('#relationship').check();
    await page.locator('#certificate_number').fill(CERTIFICATE);
    await page.locator('#declaration').check();
    await page.locator('main form button[type=submit]').click();
    const sent = await startApplication(page);
    await completeApplication(page, sent);
    await page.goto(`${sent}/check`);
    await page.locator('main form[action$="/submit"] button').click();
    await expect(page).toHaveURL(/\/confirmation$/);
    const base = await startApplication(page);
    const failures = [];
    for (const [name, open] of Object.entries(SIGNED_IN)) {
      for (const f of await check(page, context, baseURL, lang, open, { base, sent })) failures.push({ name, ...f });
    }
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}
