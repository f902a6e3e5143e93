// Upload progress: announced at each quarter, not every percent, and the
// button is disabled while the file is being sent, so it is sent once.
// The browser's upload is made to report 100 progress events, 5 ms apart,
// before the real one is sent, so the test does not depend on the network.
import { test, expect } from '@playwright/test';
import { PDF, registerAndSignIn, startApplication, uniqueEmail } from './residents.mjs';
import { setPreferences } from './support.mjs';

test('progress is announced at sensible steps and the file is sent once', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await registerAndSignIn(page, { email: uniqueEmail('quarters') });
  const base = await startApplication(page);
  const announced = [];
  await page.exposeFunction('reportAnnouncement', (text) => announced.push(text));
  await page.addInitScript(() => {
    const send = XMLHttpRequest.prototype.send;
    XMLHttpRequest.prototype.send = function (body) {
      let loaded = 0;
      const step = () => {
        loaded += 1;
        this.upload.dispatchEvent(new ProgressEvent('progress', { lengthComputable: true, loaded, total: 100 }));
        if (loaded < 100) setTimeout(step, 5);
        else send.call(this, body);
      };
      setTimeout(step, 5);
    };
    window.addEventListener('DOMContentLoaded', () => {
      const region = document.querySelector('.upload-progress ~ [aria-live=polite]');
      if (!region) return;
      new MutationObserver(() => {
        const text = region.textContent.trim();
        if (text) window.reportAnnouncement(text);
      }).observe(region, { childList: true, subtree: true, characterData: true });
    });
  });
  const uploads = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/documents')) uploads.push(r.resourceType()); });
  await page.goto(`${base}/documents`);
  await page.waitForLoadState('networkidle');
  await page.locator('#document').setInputFiles(PDF);
  const button = page.getByRole('button', { name: 'Upload this file' });
  await button.click();
  await expect(button).toBeDisabled();
  await expect(page).toHaveURL(new RegExp(`${base}/documents\\?uploaded=1$`));
  expect(uploads).toEqual(['xhr']);
  expect(announced.length).toBeGreaterThan(0);
  expect(announced.length, announced.join('\n')).toBeLessThanOrEqual(4);
  expect(announced[announced.length - 1]).toContain('100');
});
