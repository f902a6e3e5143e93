// axe-core on every page and state, in both languages, at 1280 px and 320 px,
// in every display setting. Zero violations is the pass mark; at 320 px
// nothing may scroll sideways.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, DISPLAY_SETTINGS, setPreferences, axeViolations, horizontalOverflow, submitTamperedSettings } from './support.mjs';

// Each state: how to reach it in the browser.
const STATES = {
  home: async (page) => page.goto('/'),
  settings: async (page) => page.goto('/settings'),
  'settings saved': async (page) => page.goto('/settings?saved=1'),
  'settings with errors': async (page) => {
    await submitTamperedSettings(page, 'text', 'giant');
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'checker start': async (page) => page.goto('/check'),
  'question with choices': async (page) => page.goto('/check/q/household'),
  'question with tick boxes': async (page) => page.goto('/check/q/needs'),
  'date question': async (page) => page.goto('/check/q/birth-date'),
  'kinds of a multiple disability': async (page) => page.goto('/check/q/kinds'),
  'kind of post (retirement age)': async (page) => page.goto('/check/q/post'),
  'kind of kindergarten': async (page) => page.goto('/check/q/kindergarten'),
  'tick boxes with an error': async (page) => {
    await page.goto('/check/q/vehicle');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'question with an error': async (page) => {
    await page.goto('/check/q/registered');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
  },
  'check your answers': async (page) => page.goto('/check/answers'),
  'sign-in offering to keep the checker answers': async (page) => {
    await page.goto('/check/q/level');
    await page.locator('main form input[type=radio]').first().check();
    await page.locator('main form button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/level'));
    await page.goto('/sign-in');
    await expect(page.locator('#keep_answers')).toBeVisible();
  },
  'checker results': async (page) => page.goto('/check/results'),
  'support list': async (page) => page.goto('/entitlements'),
  'living allowance (E03)': async (page) => page.goto('/entitlements/e03'),
  'dangerous-house repair (E15)': async (page) => page.goto('/entitlements/e15'),
  'accessibility statement': async (page) => page.goto('/accessibility'),
  'privacy notice': async (page) => page.goto('/privacy'),
  'site map': async (page) => page.goto('/site-map'),
  'employment support (E17)': async (page) => page.goto('/entitlements/e17'),
  'not found': async (page) => page.goto('/no-such-page'),
};

for (const [name, open] of Object.entries(STATES)) {
  for (const lang of LANGS) {
    test(`${name} (${lang}) has no axe violations in any display setting or width`, async ({ page, context, baseURL }) => {
      const failures = [];
      for (const display of DISPLAY_SETTINGS) {
        await setPreferences(context, baseURL, { lang, display });
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await open(page);
          await expect(page.locator('html')).toHaveAttribute('lang', lang);
          const violations = await axeViolations(page);
          if (violations.length) failures.push({ display, width, violations });
          if (width === 320) {
            const overflow = await horizontalOverflow(page);
            if (overflow > 0) failures.push({ display, width, overflow });
          }
        }
      }
      expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
    });
  }
}
