// Email alerts in a real browser: subscribing, confirming by the emailed
// link, changing and ending the alerts by keyboard alone with JavaScript
// off, and axe-core on every page and state in both languages at 1280 and
// 320 px.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, axeViolations, horizontalOverflow, setPreferences } from './support.mjs';

import { lastMailTo, linkIn, uniqueEmail } from './residents.mjs';

// Many pages per test, each checked with axe at two widths: more than the default two minutes.
test.describe.configure({ timeout: 300_000 });

/** Fills the subscription form from the keyboard and sends it. */
async function subscribeByKeyboard(page, email, { topics = ['job-fairs'], weekly = false } = {}) {
  await page.goto('/alerts');
  await page.locator('#email').focus();
  await page.keyboard.type(email);
  for (const topic of topics) {
    const id = topic === 'news' ? '#topic' : `#topic-${topic}`;
    await page.locator(id).focus();
    await page.keyboard.press('Space');
  }
  await page.locator(weekly ? '#frequency-weekly' : '#frequency').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /发送确认链接|Send me a link/ }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/alerts/sent');
}

/** The confirmation link emailed to `email`. */
async function confirmLink(email) {
  return linkIn(await lastMailTo(email, { containing: '/alerts/confirm/' }));
}

/** Presses the page's main button from the keyboard and waits for `url`. */
async function press(page, name, url) {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(url);
}

test('subscribe, confirm, change and unsubscribe by keyboard with JavaScript off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await setPreferences(context, baseURL, { lang: 'en' });
  const page = await context.newPage();
  const email = uniqueEmail('alerts-keyboard');
  await subscribeByKeyboard(page, email, { topics: ['job-fairs', 'training'] });
  await expect(page.locator('h1')).toHaveText('Check your email');

  await page.goto(await confirmLink(email));
  await expect(page.locator('h1')).toHaveText('Start your email alerts');
  await press(page, 'Start my alerts', '**/alerts/manage/**');
  await expect(page.getByRole('status')).toContainText('Your alerts have started');
  await expect(page.locator('#topic-training')).toBeChecked();

  await page.locator('#frequency-weekly').focus();
  await page.keyboard.press('Space');
  await press(page, 'Save changes', /done=saved/);
  await expect(page.getByRole('status')).toContainText('Your changes are saved');
  await expect(page.locator('#frequency-weekly')).toBeChecked();

  await page.getByRole('link', { name: 'Unsubscribe from all alerts' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/alerts/unsubscribe/**');
  await press(page, 'Unsubscribe', '**/alerts/unsubscribed');
  await expect(page.locator('h1')).toHaveText('You are unsubscribed');
  await context.close();
});

async function check(page, context, baseURL, lang, open) {
  const failures = [];
  await setPreferences(context, baseURL, { lang });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toHaveCount(1);
    const violations = await axeViolations(page);
    if (violations.length) failures.push({ width, url: page.url(), violations });
    if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ width, url: page.url(), overflow: true });
  }
  return failures;
}

test('every alerts page and state has no axe violations in either language', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  const failures = [];
  for (const lang of LANGS) {
    await setPreferences(context, baseURL, { lang });
    // One subscription waiting for its link, one confirmed: their pages' addresses.
    const waiting = uniqueEmail(`alerts-axe-waiting-${lang}`);
    await subscribeByKeyboard(page, waiting);
    const confirm = await confirmLink(waiting);
    const confirmed = uniqueEmail(`alerts-axe-${lang}`);
    await subscribeByKeyboard(page, confirmed, { weekly: true });
    await page.goto(await confirmLink(confirmed));
    await press(page, /开始接收提醒|Start my alerts/, '**/alerts/manage/**');
    const manage = new URL(page.url()).pathname;
    const unsubscribe = manage.replace('/alerts/manage/', '/alerts/unsubscribe/');
    const states = {
      'the form': (p) => p.goto('/alerts'),
      'the form with errors': async (p) => {
        await p.goto('/alerts');
        await p.locator('#email').fill('not an address');
        await p.locator('form[action="/alerts"] button').click();
        await expect(p.locator('.error-summary')).toBeVisible();
      },
      'check your email': (p) => p.goto('/alerts/sent'),
      'confirm': (p) => p.goto(confirm),
      'manage, just confirmed': (p) => p.goto(`${manage}?done=confirmed`),
      'manage with an error': async (p) => {
        await p.goto(manage);
        for (const box of await p.locator('input[name=topic]:checked').all()) await box.uncheck();
        await p.locator(`form[action="${manage}"] button`).click();
        await expect(p.locator('.error-summary')).toBeVisible();
      },
      'unsubscribe': (p) => p.goto(unsubscribe),
      'unsubscribed': (p) => p.goto('/alerts/unsubscribed'),
      'a link that does not work': (p) => p.goto('/alerts/confirm/not-a-token'),
    };
    for (const [name, open] of Object.entries(states)) {
      for (const failure of await check(page, context, baseURL, lang, open)) failures.push({ name, lang, ...failure });
    }
  }
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
