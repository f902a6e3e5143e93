// The warning before a signed-in session ends (WCAG 2.2.1): it comes at
// least two minutes before, takes focus to its "Stay signed in" button, and
// staying signed in extends the session in place and gives focus back. The
// page's clock is moved (Playwright's clock), never waited for.
import { test, expect } from '@playwright/test';
import { registerAndSignIn, uniqueEmail } from './residents.mjs';
import { STRONGEST_DISPLAY, axeViolations, horizontalOverflow, setLangAndDisplay, setPreferences } from './support.mjs';

test('the warning comes before the end, and staying signed in keeps the session', async ({ page, context, baseURL }) => {
  await page.clock.install();
  await setPreferences(context, baseURL, { lang: 'en' });
  await registerAndSignIn(page, { email: uniqueEmail('stay') });
  await page.goto('/account/details');
  await expect(page.getByRole('region', { name: 'Time signed in' })).toContainText(
    'you will be signed out after 60 minutes without activity',
  );
  await page.waitForLoadState('networkidle'); // the island has its bundle
  await page.locator('#full_name').focus();
  const warning = page.getByRole('alertdialog');
  await expect(warning).toBeHidden();

  // A minute at a time, until the island (once hydrated) warns: before the
  // end, which is an hour after its timers started.
  let minutes = 0;
  while (minutes < 70 && !(await warning.isVisible())) {
    await page.clock.fastForward('01:00');
    minutes += 1;
  }
  expect(minutes).toBeLessThanOrEqual(58);
  await page.clock.runFor(100); // the frame in which focus moves
  await expect(warning).toContainText('You will be signed out in about 2 minutes');
  const stay = warning.getByRole('button', { name: 'Stay signed in' });
  await expect(stay).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  const extended = page.waitForResponse((r) => r.url().endsWith('/session/extend'));
  await page.keyboard.press('Enter');
  expect((await extended).status()).toBe(204);
  await expect(warning).toBeHidden();
  await expect(page.locator('.session-warning__status')).toHaveText('You are still signed in. The time has started again.');
  await expect(page.locator('#full_name')).toBeFocused();
});

test('the time signed in reads well at 320 px with the strongest display settings', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'zh-CN' });
  await registerAndSignIn(page, { email: uniqueEmail('stay-narrow') });
  for (const lang of ['zh-CN', 'en']) {
    await setLangAndDisplay(context, baseURL, lang, STRONGEST_DISPLAY);
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto('/account');
    await expect(page.locator('.session-timer form button')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  }
});
