// The settings preview island hydrates under the strict CSP (nonce, no
// unsafe-inline) and announces each preview; other pages load no WASM.
import { test, expect } from '@playwright/test';
import { setPreferences } from './support.mjs';

test('choosing a setting previews it at once and announces it', async ({ page, context, baseURL }) => {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await setPreferences(context, baseURL, { lang: 'en' });
  const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('/settings');
  expect((await wasm).ok()).toBe(true);
  // Hydration is done once the island's handler reacts; until then a change
  // goes unseen, so switch back and forth until it is seen.
  const contrast = page.getByRole('group', { name: 'Contrast' });
  await expect(async () => {
    await contrast.getByLabel('Standard').check();
    await contrast.getByLabel('High contrast').check();
    await expect(page.locator('html')).toHaveClass(/contrast-high/, { timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator('[aria-live=polite]')).toHaveText('Previewing: High contrast. Select Save settings to keep it.');
  await contrast.getByLabel('Standard').check();
  await expect(page.locator('html')).not.toHaveClass(/contrast-high/);
  expect(problems, problems.join('\n')).toEqual([]);
});

test('pages without islands load no script bundle', async ({ page }) => {
  const bundles = [];
  page.on('request', (r) => { if (/\.(wasm|js)$/.test(new URL(r.url()).pathname)) bundles.push(r.url()); });
  await page.goto('/');
  await page.goto('/privacy');
  expect(bundles).toEqual([]);
});
