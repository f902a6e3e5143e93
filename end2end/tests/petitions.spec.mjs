// Petitions and complaints, by keyboard with JavaScript off: a resident
// files a complaint (an error first), the street's petition officer accepts
// it and decides, the resident reads both versions of the letters on the
// status page and rates the handling. axe-core on each distinct page and
// on the error state, in both languages.
import { test, expect } from '@playwright/test';

import { LANGS, axeViolations, firstStaffSignIn } from './support.mjs';
import { registerAndSignIn, uniqueEmail } from './residents.mjs';

test.describe.configure({ timeout: 300_000, mode: 'serial' });

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;

/** Tabs to the element matching `selector` and returns whether it was reached. */
async function tabTo(page, selector, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** axe on the page as it is now. */
async function axeHere(page, what) {
  const content = await page.content();
  const context = await page.context().browser().newContext({ baseURL: BASE_URL, viewport: page.viewportSize() });
  const copy = await context.newPage();
  await copy.goto('/site-map');
  await copy.setContent(content);
  expect(await axeViolations(copy), what).toEqual([]);
  await context.close();
}

/** axe on a GET page in both languages. */
async function checkPage(page, path, what) {
  for (const lang of LANGS) {
    await page.context().addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    await page.goto(path);
    await axeHere(page, `${what} (${lang})`);
  }
}

test('a complaint filed by keyboard without JavaScript, accepted, decided and rated', async ({ browser }) => {
  const officer = await firstStaffSignIn(browser, BASE_URL, 'petitions-street@demo.example.org');
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  await registerAndSignIn(page, { name: 'Wang Fang', email: uniqueEmail('petition') });
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);

  await page.goto('/petitions');
  await checkPage(page, '/petitions', 'petitions start page');
  expect(await tabTo(page, 'a[href="/petitions/new"]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/petitions\/new$/);

  // Sent empty: the error summary, then fixed by keyboard.
  expect(await tabTo(page, 'main form button[type=submit]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page).toHaveTitle(/^Error/);
  for (const lang of LANGS) {
    await context.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    await page.goto('/petitions/new');
    await page.locator('main form button[type=submit]').press('Enter');
    await expect(page.locator('.error-summary')).toBeVisible();
    await axeHere(page, `filing form with errors (${lang})`);
  }
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);

  await page.locator('#kind-inaccessible_building').check();
  await page.locator('#area').selectOption('jiangbei.guanyinqiao.community1');
  await page.locator('#what_happened').fill('The ramp at the community centre is blocked by bicycles.');
  await page.locator('#what_asked').fill('Please keep the ramp clear.');
  expect(await tabTo(page, 'main form button[type=submit]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/petitions\/XF\d{8}-\d{6}\?done=filed$/);
  const status = new URL(page.url()).pathname;
  const reference = status.split('/').pop();
  await checkPage(page, status, 'status page, received');
  await checkPage(page, '/petitions/new', 'filing form');
  await checkPage(page, '/petitions/new/recording', 'filing by recording');
  await checkPage(page, '/petitions/suggest', 'anonymous suggestion');
  await checkPage(page, '/petitions/statistics', 'statistics');

  // The street's officer routes, accepts and decides, by keyboard without JavaScript.
  const staffContext = await browser.newContext({ baseURL: BASE_URL, storageState: officer, javaScriptEnabled: false });
  await staffContext.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  const staff = await staffContext.newPage();
  await staff.goto('/staff/petitions');
  await checkPage(staff, '/staff/petitions', 'staff list');
  await staff.getByRole('link', { name: reference }).click();
  const matter = new URL(staff.url()).pathname;
  await staff.locator('#to').selectOption('jiangbei.guanyinqiao.community1');
  expect(await tabTo(staff, `form[action="${matter}/route"] button`)).toBe(true);
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveURL(/done=routed/);
  await checkPage(staff, matter, 'staff matter page');
  expect(await tabTo(staff, `form[action="${matter}/accept"] button`)).toBe(true);
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveURL(/done=accepted/);
  await staff.locator('#decision').fill('The centre will keep the ramp clear and has put up a sign.');
  await staff.locator('#decision_easy').fill('The ramp will be kept clear.');
  expect(await tabTo(staff, `form[action="${matter}/decide"] button`)).toBe(true);
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveURL(/done=decided/);
  await staffContext.close();

  // The resident reads both versions and rates the handling.
  await page.goto(status);
  await expect(page.locator('.notice')).toHaveCount(2);
  await expect(page.locator('.easy-read').last()).toContainText('The ramp will be kept clear.');
  await checkPage(page, status, 'status page with letters');
  await page.locator('#rating-basically').check();
  expect(await tabTo(page, `form[action="${status}/rate"] button`)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/done=rated/);
  await expect(page.locator('main')).toContainText('Basically satisfied');
  await context.close();
});

// The first bytes of an MP4 file (a `ftyp` box): what the recording check looks for.
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(12)]);

test('a recording transcribed and confirmed, a staff error and supervision, with axe in both languages', async ({ browser }) => {
  const district = await firstStaffSignIn(browser, BASE_URL, 'petitions@demo.example.org');
  const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  await registerAndSignIn(page, { name: 'Zhao Min', email: uniqueEmail('petition-recording') });
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);

  // Filed as a sign-language video.
  await page.goto('/petitions/new/recording');
  await page.locator('input[name=kind][value=request]').check();
  await page.locator('#area').selectOption('jiangbei.guanyinqiao.community1');
  await page.locator('#video').setInputFiles({ name: 'matter.mp4', mimeType: 'video/mp4', buffer: MP4 });
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(/\/petitions\/XF\d{8}-\d{6}\?done=filed$/);
  const status = new URL(page.url()).pathname;
  const reference = status.split('/').pop();

  // The district's officer: supervision (nothing overdue yet), then the
  // matter with an error (an empty transcript), then transcribed.
  const staffContext = await browser.newContext({ baseURL: BASE_URL, storageState: district, javaScriptEnabled: false });
  const staff = await staffContext.newPage();
  await checkPage(staff, '/staff/petitions/supervision', 'supervision');
  await staffContext.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  await staff.goto('/staff/petitions');
  await staff.getByRole('link', { name: reference }).click();
  const matter = new URL(staff.url()).pathname;
  for (const lang of LANGS) {
    await staffContext.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    await staff.goto(matter);
    await staff.locator(`form[action="${matter}/transcribe"] button`).press('Enter');
    await expect(staff.locator('.error-summary')).toBeVisible();
    await expect(staff).toHaveTitle(/^(Error|错误)/);
    await axeHere(staff, `staff matter page with an error (${lang})`);
  }
  await staff.locator('#transcript').fill('I ask for a ramp at the clinic on Jianxin Road.');
  expect(await tabTo(staff, `form[action="${matter}/transcribe"] button`)).toBe(true);
  await staff.keyboard.press('Enter');
  await expect(staff).toHaveURL(/done=transcribed/);
  await staffContext.close();

  // The petitioner reads the transcript, with axe, and confirms it by keyboard.
  await page.goto(status);
  await expect(page.locator('#transcript-heading')).toBeVisible();
  await checkPage(page, status, 'status page, a transcript to confirm');
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE_URL }]);
  await page.goto(status);
  expect(await tabTo(page, `form[action="${status}/transcript"] button`)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?done=/);
  await expect(page.locator('#transcript-heading')).toHaveCount(0);
  await context.close();
});
