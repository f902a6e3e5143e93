// Legal aid: a resident asks for it by keyboard with JavaScript off (an
// error first, then the request, the confirmation and the status page),
// the district centre sends the one missing-documents notice and corrects a
// lawyer's phone, and axe-core checks every distinct page and an error state
// in both languages.
import { test, expect } from '@playwright/test';
import { registerAndSignIn, uniqueEmail, CERTIFICATE } from './residents.mjs';
import { LANGS, axeViolations, firstStaffSignIn, horizontalOverflow } from './support.mjs';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;

let centre;
let requestPath;

test.beforeAll(async ({ browser }) => {
  centre = await firstStaffSignIn(browser, BASE_URL, 'legal-aid@demo.example.org');
});

/** Tabs to the element matching `selector` and returns whether it was reached. */
async function tabTo(page, selector, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** axe-core on exactly what the page shows, copied into a page with JavaScript. */
async function expectNoViolations(page, what) {
  const html = await page.content();
  const context = await page.context().browser().newContext({ baseURL: BASE_URL, viewport: page.viewportSize() });
  const copy = await context.newPage();
  await copy.goto('/site-map');
  await copy.setContent(html);
  expect(await axeViolations(copy), what).toEqual([]);
  await context.close();
}

async function setLang(context, lang) {
  await context.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
}

test('by keyboard without JavaScript: ask for legal aid, then follow it', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await setLang(context, 'en');
  const page = await context.newPage();
  await registerAndSignIn(page, { name: 'Wang Fang', email: uniqueEmail('legal-aid') });

  // From the home page to the form.
  await page.goto('/');
  expect(await tabTo(page, 'a[href="/legal-aid"]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/legal-aid$/);
  expect(await tabTo(page, 'a[href="/legal-aid/new"]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/legal-aid\/new$/);

  // Sent empty: the summary lists what to fix; what was typed stays.
  await page.locator('#phone').focus();
  await page.keyboard.type('138 0000 0000');
  expect(await tabTo(page, 'form[action="/legal-aid/new"] button[type=submit]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('#phone')).toHaveValue('138 0000 0000');
  await expect(page.locator('.error-summary a[href="#for"]')).toBeVisible();

  // Filled in by keyboard: Space ticks radios and checkboxes.
  await page.locator('#for').focus();
  await page.keyboard.press('Space');
  await page.locator('#certificate_number').focus();
  await page.keyboard.type(CERTIFICATE);
  await page.locator('#area_code').focus();
  await page.locator('#area_code').selectOption('jiangbei.guanyinqiao.community1');
  await page.locator('#matter_kind').focus();
  await page.keyboard.press('Space');
  await page.locator('#description').focus();
  await page.keyboard.type('My employer has not paid my wages for three months.');
  await page.locator('#faced-hearing').focus();
  await page.keyboard.press('Space');
  await page.locator('#faced_on').focus();
  const hearing = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  await page.keyboard.type(hearing);
  await page.locator('#adjustment').focus();
  await page.keyboard.press('Space');
  await page.locator('#income-no_fixed_income').focus();
  await page.keyboard.press('Space');
  expect(await tabTo(page, 'form[action="/legal-aid/new"] button[type=submit]')).toBe(true);
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/legal-aid\/requests\/\d+\/confirmation$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request sent');
  await expect(page.locator('main')).toContainText(/FY\d{4}-\d{6}/);
  await expect(page.locator('main')).toContainText('No financial check is needed');
  await expect(page.locator('main')).toContainText('helps you first');
  requestPath = new URL(page.url()).pathname.replace(/\/confirmation$/, '');

  expect(await tabTo(page, `a[href="${requestPath}"]`)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${requestPath}$`));
  await expect(page.locator('main')).toContainText('Urgent');
  await expect(page.locator('main')).toContainText('The centre decides by');

  // The centre asks for the missing documents, once.
  const staff = await browser.newContext({ baseURL: BASE_URL, storageState: centre, javaScriptEnabled: false });
  await setLang(staff, 'en');
  const desk = await staff.newPage();
  await desk.goto(`/staff${requestPath.replace('/legal-aid/requests', '/legal-aid')}`);
  await expect(desk.locator('main')).toContainText('Urgent');
  await desk.locator('#notice').fill('Your labour contract and your last wage slip.');
  await desk.locator('form[action$="/documents-notice"] button').click();
  await expect(desk.getByRole('status')).toContainText('notice was sent');

  // The centre corrects a lawyer's phone from the list, by keyboard.
  await desk.goto('/staff/lawyers');
  expect(await tabTo(desk, 'a[href="/staff/lawyers/3"]')).toBe(true);
  await desk.keyboard.press('Enter');
  await expect(desk).toHaveURL(/\/staff\/lawyers\/3$/);
  await desk.locator('#phone').fill('023 6785 0000');
  expect(await tabTo(desk, 'form[action="/staff/lawyers/3"] button')).toBe(true);
  await desk.keyboard.press('Enter');
  await expect(desk).toHaveURL(/\/staff\/lawyers\?done=changed$/);
  await expect(desk.locator('main')).toContainText('023 6785 0000');
  await staff.close();

  await page.reload();
  await expect(page.locator('main')).toContainText('Your labour contract and your last wage slip.');
  await expect(page.locator('#document')).toBeVisible();
  await context.close();
});

test('axe: every legal-aid page and an error state, in both languages', async ({ browser }) => {
  for (const lang of LANGS) {
    const context = await browser.newContext({ baseURL: BASE_URL });
    await setLang(context, lang);
    const page = await context.newPage();
    await page.goto('/legal-aid');
    await expectNoViolations(page, `start, signed out, ${lang}`);
    await page.goto('/entitlements/e36');
    await expect(page.locator('a[href="/legal-aid"].button')).toBeVisible();

    await registerAndSignIn(page, { name: 'Li Ming', email: uniqueEmail(`legal-aid-axe-${lang}`) });
    await setLang(context, lang);
    await page.goto('/legal-aid/new');
    await expectNoViolations(page, `form ${lang}`);
    await page.locator('form[action="/legal-aid/new"] button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoViolations(page, `form errors ${lang}`);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(page), `form errors at 320 px ${lang}`).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('#for').check();
    await page.locator('#area_code').selectOption('jiangbei.guanyinqiao.community1');
    await page.locator('#phone').fill('13800000000');
    await page.locator('#matter_kind').check();
    await page.locator('#description').fill('工资被拖欠');
    await page.locator('#faced').check();
    await page.locator('#adjustment').check();
    await page.locator('#income').check();
    await page.locator('form[action="/legal-aid/new"] button[type=submit]').click();
    await expect(page).toHaveURL(/\/confirmation$/);
    await expectNoViolations(page, `confirmation ${lang}`);
    const mine = new URL(page.url()).pathname.replace(/\/confirmation$/, '');
    await page.goto(mine);
    await expectNoViolations(page, `status ${lang}`);
    await page.goto('/legal-aid');
    await expectNoViolations(page, `start, signed in, ${lang}`);

    const staff = await browser.newContext({ baseURL: BASE_URL, storageState: centre });
    await setLang(staff, lang);
    const desk = await staff.newPage();
    await desk.goto('/staff/legal-aid');
    await expectNoViolations(desk, `staff list ${lang}`);
    await desk.goto(`/staff${requestPath.replace('/legal-aid/requests', '/legal-aid')}`);
    await expectNoViolations(desk, `staff request ${lang}`);
    await desk.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(desk), `staff request at 320 px ${lang}`).toBeLessThanOrEqual(0);
    await desk.setViewportSize({ width: 1280, height: 800 });
    await desk.locator('form[action$="/decision"] button').click();
    await expect(desk.locator('.error-summary')).toBeVisible();
    await expectNoViolations(desk, `staff decision errors ${lang}`);
    await desk.goto('/staff/lawyers');
    await expectNoViolations(desk, `lawyers ${lang}`);
    await desk.goto('/staff/lawyers/2');
    await expectNoViolations(desk, `a lawyer's details ${lang}`);
    await desk.locator('#name').fill('');
    await desk.locator('form[action="/staff/lawyers/2"] button').click();
    await expect(desk.locator('.error-summary')).toBeVisible();
    await expectNoViolations(desk, `a lawyer's details with an error ${lang}`);
    await desk.setViewportSize({ width: 320, height: 800 });
    expect(await horizontalOverflow(desk), `a lawyer's details at 320 px ${lang}`).toBeLessThanOrEqual(0);
    await desk.setViewportSize({ width: 1280, height: 800 });

    // The later stages of this language's request: granted, then closing with an error.
    await desk.goto(`/staff${mine.replace('/legal-aid/requests', '/legal-aid')}`);
    await desk.locator('#decision').check();
    await desk.locator('form[action$="/decision"] button').click();
    await expect(desk.getByRole('status')).toBeVisible();
    await expectNoViolations(desk, `staff granted ${lang}`);
    await desk.locator('#lawyer').check();
    await desk.locator('form[action$="/lawyer"] button').click();
    await expect(desk.getByRole('status')).toBeVisible();
    await desk.locator('form[action$="/close"] button').click();
    await expect(desk.locator('.error-summary')).toBeVisible();
    await expectNoViolations(desk, `staff closing errors ${lang}`);
    await staff.close();

    await page.goto(mine);
    await expect(page.locator('main h2').filter({ hasText: lang === 'en' ? 'Your lawyer' : '您的律师' })).toBeVisible();
    await expectNoViolations(page, `status with a lawyer ${lang}`);
    await context.close();
  }
});
