// Site search (/search) in a real browser with JavaScript off: searching
// by keyboard alone (from the front door too), and axe-core on the empty
// page, results, no results and a query that is too long, in both
// languages at 1280 and 320 px.
import { test, expect } from '@playwright/test';

import { LANGS, WIDTHS, axeViolations, horizontalOverflow, setPreferences, widest } from './support.mjs';

// Many pages per test, each checked with axe at two widths: more than the default two minutes.
test.describe.configure({ timeout: 300_000 });

const STATES = {
  'the empty search page': '/search',
  'results for a Chinese query': `/search?q=${encodeURIComponent('补贴')}`,
  'results for an English query': '/search?q=nursing+subsidy',
  'results of one kind': `/search?q=${encodeURIComponent('残疾')}&kind=entitlement`,
  'no results': '/search?q=zzqx',
  'a query that is too long': `/search?q=${'a'.repeat(101)}`,
};

for (const [name, address] of Object.entries(STATES)) {
  test(`${name} has no axe violations in either language at 1280 and 320 px`, async ({ page, context, baseURL }) => {
    const failures = [];
    for (const lang of LANGS) {
      await setPreferences(context, baseURL, { lang });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        const response = await page.goto(address);
        expect(response.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        const violations = await axeViolations(page);
        if (violations.length) failures.push({ lang, width, violations });
        if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ lang, width, overflow: await widest(page) });
      }
    }
    expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
  });
}

// The journeys with JavaScript off (axe-core needs it on to run at all; the
// pages have no script either way).
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a resident searches by keyboard alone and opens a result', async ({ page, context, baseURL }) => {
    await setPreferences(context, baseURL, { lang: 'zh-CN' });
    await page.goto('/search');
    // Tab from the top of the page to the search box.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.id === 'q');
    }
    expect(found).toBe(true);
    await page.keyboard.type('护理补贴');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator('h1')).toContainText('护理补贴');
    await expect(page.locator('.search-result mark').first()).toHaveText('护理补贴');
    // Tab on to the first result and open it.
    found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.closest('.search-result__title') !== null);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/entitlements\/e04$/);
    await expect(page.locator('h1')).toHaveText('重度残疾人护理补贴');
  });

  test('the front door\'s search box is reached by keyboard and finds a place', async ({ page, context, baseURL }) => {
    await setPreferences(context, baseURL, { lang: 'zh-CN' });
    await page.goto('/');
    // The search box comes early: a handful of Tabs from the top of the page.
    let presses = 0;
    while (presses < 40 && !(await page.evaluate(() => document.activeElement?.id === 'home-q'))) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(presses).toBeLessThan(40);
    await expect(page.locator('label[for="home-q"]')).toBeVisible();
    await page.keyboard.type('视障阅览室');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=/);
    await expect(page.locator('#q')).toHaveValue('视障阅览室');
    await expect(page.locator('.search-result').first()).toBeVisible();
  });

  test('a query that is too long says what to do and keeps what was typed', async ({ page, context, baseURL }) => {
    await setPreferences(context, baseURL, { lang: 'en' });
    await page.goto('/search');
    const typed = 'subsidy '.repeat(15);
    await page.locator('#q').fill(typed);
    await page.locator('#q').press('Enter');
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.locator('.error-summary')).toContainText('Enter no more than 100 characters');
    await expect(page.locator('#q')).toHaveValue(typed);
    await expect(page.locator('#q')).toHaveAttribute('aria-invalid', 'true');
  });

  test('no results suggest the catalogue, the checker and help', async ({ page, context, baseURL }) => {
    await setPreferences(context, baseURL, { lang: 'en' });
    await page.goto('/search?q=zzqx');
    await expect(page.locator('h1')).toHaveText('No results for “zzqx”');
    await expect(page.locator('main a[href="/entitlements"]')).toBeVisible();
    await expect(page.locator('main a[href="/check"]')).toBeVisible();
    await page.locator('main a[href="#footer-help-heading"]').click();
    await expect(page.locator('#footer-help-heading')).toBeInViewport();
  });
});
