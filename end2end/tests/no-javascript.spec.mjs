// With JavaScript off, every journey still completes.
import { test, expect } from '@playwright/test';

// A browser asking for Chinese, as most residents' do.
test.use({ javaScriptEnabled: false, locale: 'zh-CN' });

test('language switch and display settings work without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('navigation', { name: 'Site settings' }).getByRole('link', { name: 'Display settings' }).click();
  await page.getByLabel('Largest').check();
  await page.getByLabel('Wide').check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page).toHaveURL(/\/settings\?saved=1$/);
  await expect(page.locator('html')).toHaveClass('text-largest spacing-wide');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings saved' })).toBeVisible();

  await page.getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/settings\?saved=1$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('显示设置');
});
