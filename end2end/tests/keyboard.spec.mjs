// Keyboard only: the skip link is the first Tab stop and moves focus to main;
// display settings can be chosen and saved with Tab, arrows and Enter.
import { test, expect } from '@playwright/test';
import { setPreferences, submitTamperedSettings } from './support.mjs';

for (const path of ['/', '/settings', '/check', '/check/q/household', '/entitlements', '/entitlements/e03', '/accessibility', '/privacy', '/no-such-page']) {
  test(`skip link is the first Tab stop on ${path} and moves focus to main`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const first = page.locator(':focus');
    await expect(first).toHaveClass(/skip-link/);
    await expect(first).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
}

test('display settings can be chosen and saved by keyboard alone', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await page.goto('/settings');
  await page.locator('#text').focus();
  await page.keyboard.press('ArrowDown'); // Large
  await page.keyboard.press('ArrowDown'); // Largest
  await expect(page.locator('#text-largest')).toBeChecked();
  await page.keyboard.press('Tab'); // to the contrast group
  await page.keyboard.press('ArrowDown'); // High contrast
  await expect(page.locator('#contrast-high')).toBeChecked();
  await page.locator('#spacing').focus();
  // Tab from the last group reaches the Save button.
  await page.keyboard.press('Tab');
  await expect(page.locator('button[type=submit]')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/settings?saved=1');
  await expect(page.locator('html')).toHaveClass(/text-largest/);
  await expect(page.locator('html')).toHaveClass(/contrast-high/);
  await expect(page.getByRole('status')).toContainText('Settings saved');
});

test('the error summary takes focus and its links lead to the fields', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await submitTamperedSettings(page, 'contrast', 'purple');
  await expect(page).toHaveTitle(/^Error: Display settings – Jiangbei Disability Services$/);
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Select a contrast' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#contrast')).toBeFocused();
});
