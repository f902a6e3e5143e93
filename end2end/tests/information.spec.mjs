// Publishing, as the demo's two news editors: one writes a news item and
// submits it, the other publishes it, by keyboard with JavaScript off;
// errors and the preview on the way; the emergency banner; and axe-core
// on every publishing page and state in both languages, at 320 px too.
import { test, expect } from '@playwright/test';

import { LANGS, axeViolations, firstStaffSignIn, horizontalOverflow } from './support.mjs';

// Many pages per test, each checked with axe at two widths: more than the default two minutes.
test.describe.configure({ timeout: 300_000 });

const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT || '3100'}`;

// One first sign-in per account for the whole file (a code works once).
test.describe.configure({ mode: 'serial' });

const states = {};
const made = {};

test.beforeAll(async ({ browser }) => {
  states.writer = await firstStaffSignIn(browser, BASE_URL, 'writer@demo.example.org');
  states.publisher = await firstStaffSignIn(browser, BASE_URL, 'publisher@demo.example.org');
});

async function as(browser, who, { javaScriptEnabled = true, lang = 'zh-CN' } = {}) {
  const context = await browser.newContext({ baseURL: BASE_URL, storageState: states[who], javaScriptEnabled });
  await context.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
  return { context, page: await context.newPage() };
}

/** Tabs to the element matching `selector` and returns whether it was reached. */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** axe-core on exactly what the page shows, copied into a page with
 * JavaScript (axe needs it; a page seen without it would hang the check). */
async function expectNoViolations(page, what) {
  const html = await page.content();
  const context = await page.context().browser().newContext({ baseURL: BASE_URL, viewport: page.viewportSize() });
  const copy = await context.newPage();
  await copy.goto('/site-map');
  await copy.setContent(html);
  expect(await axeViolations(copy), what).toEqual([]);
  await context.close();
}

test('by keyboard without JavaScript: one editor writes and submits, another publishes', async ({ browser }) => {
  const { context, page } = await as(browser, 'writer', { javaScriptEnabled: false });
  await page.goto('/staff/articles');
  expect(await tabTo(page, 'a[href="/staff/articles/new?kind=news"]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/articles\/new\?kind=news$/);

  // Errors first: what was typed stays.
  await page.locator('#title_en').fill('Sports day');
  expect(await tabTo(page, 'button[value=save]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeVisible();
  await expect(page.locator('#title_en')).toHaveValue('Sports day');
  await expectNoViolations(page, 'new article with errors');

  await page.locator('#title_zh').fill('残疾人运动会');
  await page.locator('#easy_read_zh').fill('运动会在周六举行。欢迎报名。');
  await page.locator('#body_zh').fill('## 时间\n\n周六上午 **9 点**。\n\n- 轮椅篮球\n- 盲人门球\n\n<script>alert(1)</script>');
  expect(await tabTo(page, 'button[value=preview]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('#preview-heading')).toBeVisible();
  await expect(page.locator('.preview .prose h2')).toHaveText('时间');
  await expect(page.locator('.preview .prose script')).toHaveCount(0);
  await expectNoViolations(page, 'preview');

  expect(await tabTo(page, 'button[value=save]')).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/articles\/\d+\?done=created$/);
  made.article = new URL(page.url()).pathname;
  made.id = made.article.split('/').pop();
  expect(await tabTo(page, `form[action="${made.article}/submit"] button`)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?done=submitted$/);
  // The writer is not offered to publish their own version.
  await expect(page.locator(`form[action="${made.article}/publish"]`)).toHaveCount(0);
  await context.close();

  const second = await as(browser, 'publisher', { javaScriptEnabled: false });
  await second.page.goto(made.article);
  expect(await tabTo(second.page, `form[action="${made.article}/publish"] button`)).toBe(true);
  await second.page.keyboard.press('Enter');
  await expect(second.page).toHaveURL(/\?done=published$/);
  await second.context.close();

  const resident = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
  await resident.addCookies([{ name: 'lang', value: 'zh-CN', url: BASE_URL }]);
  const page2 = await resident.newPage();
  await page2.goto('/news');
  await page2.locator(`a[href="/news/${made.id}"]`).click();
  await expect(page2.locator('h1')).toHaveText('残疾人运动会');
  await expect(page2.locator('#easy-read-heading')).toBeVisible();
  await expect(page2.locator('.prose li')).toHaveCount(2);
  await resident.close();
});

test('axe: public list and item pages in both languages, at 320 px too', async ({ browser }) => {
  for (const lang of LANGS) {
    for (const width of [1280, 320]) {
      const context = await browser.newContext({ baseURL: BASE_URL, viewport: { width, height: 800 } });
      await context.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
      const page = await context.newPage();
      for (const path of ['/news', `/news/${made.id}`, '/notices', '/policy']) {
        await page.goto(path);
        await expectNoViolations(page, `${path} ${lang} ${width}`);
        expect(await horizontalOverflow(page), `${path} ${lang} ${width}`).toBeLessThanOrEqual(0);
        await expect(page.locator('h1')).toHaveCount(1);
      }
      await context.close();
    }
  }
});

test('axe: staff list, edit, preview and error pages in both languages', async ({ browser }) => {
  for (const lang of LANGS) {
    const { context, page } = await as(browser, 'writer', { lang });
    await page.goto('/staff/articles');
    await expectNoViolations(page, `list ${lang}`);
    await page.goto(made.article);
    await expectNoViolations(page, `edit ${lang}`);
    await page.locator('button[value=preview]').click();
    await expect(page.locator('#preview-heading')).toBeVisible();
    await expectNoViolations(page, `preview ${lang}`);
    await page.goto('/staff/articles/new?kind=policy');
    await page.locator('button[value=save]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoViolations(page, `policy errors ${lang}`);
    await page.goto('/staff/banner');
    await page.locator('form[action="/staff/banner"] button').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expectNoViolations(page, `banner errors ${lang}`);
    await context.close();
  }
});

test('the emergency banner is on every page until an editor ends it', async ({ browser }) => {
  const { context, page } = await as(browser, 'publisher', { javaScriptEnabled: false });
  await page.goto('/staff/banner');
  await page.locator('#text_zh').fill('暴雨预警：各中心今天暂停开放。');
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 86_400_000).toISOString().slice(0, 10);
  await page.locator('#ends_date').fill(tomorrow);
  await page.locator('#ends_time').fill('18:00');
  await page.locator('form[action="/staff/banner"] button').click();
  await expect(page).toHaveURL(/\?done=banner-raised$/);
  await expect(page.locator('.emergency-banner')).toContainText('暴雨预警');
  for (const lang of LANGS) {
    const visitor = await browser.newContext({ baseURL: BASE_URL });
    await visitor.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    const home = await visitor.newPage();
    for (const path of ['/', '/entitlements', `/news/${made.id}`]) {
      await home.goto(path);
      const banner = home.getByRole('region', { name: lang === 'en' ? 'Important notice' : '重要通知' });
      await expect(banner).toContainText('暴雨预警');
      await expectNoViolations(home, `banner on ${path} ${lang}`);
    }
    await visitor.close();
  }
  await page.locator('form[action$="/end"] button').click();
  await expect(page).toHaveURL(/\?done=banner-ended$/);
  await expect(page.locator('.emergency-banner')).toHaveCount(0);
  await context.close();
});

// Smallest files each check accepts: an MP4 (a `ftyp` box), WebVTT captions
// and a PDF. The player need not play them; the page and the forms are tested.
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(12)]);
const VTT = Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\n运动会在周六举行。\n');
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

test('an item\'s sign-language video, captions and attachment, and a request for another format', async ({ browser }) => {
  const { context, page } = await as(browser, 'writer', { javaScriptEnabled: false });
  const files = `${made.article}/files`;
  await page.goto(files);
  await expectNoViolations(page, 'files page, empty');

  // An attachment without its file or title: both said, nothing lost.
  await page.locator('form[action$="/files/attachments"] button').click();
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoViolations(page, 'files page with errors');

  await page.locator('#video').setInputFiles({ name: 'sign.mp4', mimeType: 'video/mp4', buffer: MP4 });
  await page.locator('form[action$="/files/video"] button').click();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await page.locator('#captions_language-zh, input[name=captions_language][value=zh]').first().check();
  await page.locator('#captions').setInputFiles({ name: 'sign.vtt', mimeType: 'text/vtt', buffer: VTT });
  await page.locator('form[action$="/files/captions"] button').click();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await page.locator('#transcript_zh').fill('大家好。运动会在周六举行。');
  await page.locator('form[action$="/files/transcript"] button').click();
  await page.locator('#title_zh').fill('报名表');
  await page.locator('#attachment').setInputFiles({ name: 'form.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.locator('form[action$="/files/attachments"] button').click();
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expectNoViolations(page, 'files page with a video, captions and an attachment');
  await context.close();

  for (const lang of LANGS) {
    const visitor = await browser.newContext({ baseURL: BASE_URL });
    await visitor.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    const item = await visitor.newPage();
    await item.goto(`/news/${made.id}`);
    const video = item.locator('video');
    await expect(video).toHaveAttribute('controls', '');
    expect(await video.getAttribute('autoplay')).toBeNull();
    await expect(video.locator('track[kind=captions][srclang="zh-CN"]')).toHaveCount(1);
    await expect(item.locator('.attachment-list a').first()).toContainText(/PDF/);
    for (const width of [1280, 320]) {
      await item.setViewportSize({ width, height: 900 });
      expect(await axeViolations(item), `item with files ${lang} ${width}`).toEqual([]);
      if (width === 320) expect(await horizontalOverflow(item), `item overflows ${lang}`).toBe(0);
    }
    const track = await item.locator('track').first().getAttribute('src');
    const captions = await visitor.request.get(track);
    expect(captions.headers()['content-type']).toContain('text/vtt');

    // Ask for the attachment in large print, without JavaScript: errors first.
    const request = await item.locator('.attachment-list__request').first().getAttribute('href');
    await visitor.close();
    const asker = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
    await asker.addCookies([{ name: 'lang', value: lang, url: BASE_URL }]);
    const form = await asker.newPage();
    await form.goto(request);
    await expectNoViolations(form, `request form ${lang}`);
    await form.locator('#contact').fill('not a contact');
    await form.locator('form[method=post] button[type=submit]').click();
    await expect(form.locator('.error-summary')).toBeVisible();
    await expect(form.locator('#contact')).toHaveValue('not a contact');
    await expectNoViolations(form, `request form with errors ${lang}`);
    await form.locator('input[name=format][value=large_print]').check();
    await form.locator('#name').fill('王芳');
    await form.locator('#contact').fill(`wang.${lang}@e2e.example.org`);
    await form.locator('form[method=post] button[type=submit]').click();
    await expect(form.locator('.reference')).toBeVisible();
    await expectNoViolations(form, `request sent ${lang}`);
    await asker.close();
  }

  // The requests reach the editors as tasks.
  const editor = await as(browser, 'writer', { javaScriptEnabled: false });
  await editor.page.goto('/staff/format-requests');
  await expect(editor.page.locator('main')).toContainText('王芳');
  await expectNoViolations(editor.page, 'format requests');
  await editor.page.locator('form[action$="/done"] button').first().click();
  await expect(editor.page.locator('main')).toContainText('王芳');
  await expectNoViolations(editor.page, 'format requests after one is done');
  await editor.context.close();
});
