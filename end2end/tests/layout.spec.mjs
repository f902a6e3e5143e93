// Layout, contrast and focus at 320 px with the largest text, in the
// high-contrast theme, in forced colours and in print: what axe cannot see.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, STANDARD_DISPLAY, STRONGEST_DISPLAY, setLangAndDisplay, expectDisplay, submitTamperedSettings, horizontalOverflow } from './support.mjs';
import { registerAndSignIn, startApplication, completeApplication, uniqueEmail, PDF } from './residents.mjs';

const LARGEST_TEXT = 'text.largest~contrast.standard~spacing.standard';
const HIGH_CONTRAST = 'text.standard~contrast.high~spacing.standard';
const PHONE = { width: 320, height: 568 };

// ---- Colour arithmetic (WCAG relative luminance and contrast ratio) ----

function luminance([r, g, b]) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function rgb(css) {
  const m = css.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
  if (!m) throw new Error(`not a colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** The pixels of a PNG, decoded by the browser in a blank page (no site CSP in the way). */
async function pixels(context, png) {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      return { width: bitmap.width, height: bitmap.height, data: [...ctx.getImageData(0, 0, bitmap.width, bitmap.height).data] };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

function pixelAt(image, x, y) {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return image.data.slice(i, i + 3);
}

// ---- A resident with a draft application, shared by this file's tests ----

let resident;

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await setLangAndDisplay(context, baseURL, 'zh-CN', STANDARD_DISPLAY);
  await registerAndSignIn(page, { name: '李明', email: uniqueEmail('layout') });
  const base = await startApplication(page);
  await page.goto(`${base}/documents`);
  await page.locator('#document').setInputFiles(PDF);
  await page.locator('button[value=upload]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/documents\\?uploaded=1$`));
  resident = { base, state: await context.storageState() };
  await context.close();
});

/** A page signed in as the shared resident, in `lang` and `display`, at `size`. */
async function residentPage(browser, baseURL, { lang = 'zh-CN', display = STANDARD_DISPLAY, size = PHONE, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ baseURL, storageState: resident.state, viewport: size, javaScriptEnabled });
  await setLangAndDisplay(context, baseURL, lang, display);
  return { context, page: await context.newPage() };
}

// ---- 1. The header at 320 × 568 with the largest text ----

for (const lang of LANGS) {
  for (const display of [LARGEST_TEXT, STRONGEST_DISPLAY]) {
    test(`the header takes at most a quarter of a 320 × 568 screen (${lang}, ${display})`, async ({ page, context, baseURL }) => {
      await setLangAndDisplay(context, baseURL, lang, display);
      await page.setViewportSize(PHONE);
      await page.goto('/');
      const header = await page.locator('header.site-header').boundingBox();
      expect(header.height, `header is ${header.height}px high`).toBeLessThanOrEqual(PHONE.height / 4);
      // The home page's heading says what the page is for, not the header's name again.
      const name = (await page.locator('.site-header__name').innerText()).trim();
      const h1 = (await page.locator('h1').innerText()).trim();
      expect(h1).not.toBe(name);
      expect(h1).not.toBe(lang === 'en' ? 'Jiangbei Disability Services' : '江北区残疾人服务');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header menu opens by keyboard at 320 px and its links are always shown on a wide screen', async ({ page, context, baseURL }) => {
    await setLangAndDisplay(context, baseURL, 'en', STRONGEST_DISPLAY);
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Site settings' });
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Display settings' })).toBeHidden();
    // The skip link is still the first Tab stop, the home link next, the menu after it.
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/skip-link/);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass(/site-header__name/);
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Menu');
    await page.keyboard.press('Enter');
    await expect(nav.getByRole('link', { name: 'Display settings' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Your account' })).toBeFocused();

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await expect(nav.getByText('Menu')).toBeHidden();
    for (const name of ['Your account', 'Display settings', '中文']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Your account' })).toBeFocused();
  });
});

// ---- 12. The language switch is marked with its own language ----

test('the language switch link is marked with the language it is written in', async ({ page, context, baseURL }) => {
  for (const [lang, other, text] of [['en', 'zh-CN', '中文'], ['zh-CN', 'en', 'English']]) {
    await setLangAndDisplay(context, baseURL, lang, STANDARD_DISPLAY);
    await page.goto('/settings');
    const link = page.locator(`a[href^="/language/${other}"]`);
    await expect(link).toHaveText(text);
    await expect(link).toHaveAttribute('lang', other);
  }
});

// ---- 2. A back link has room below it ----

for (const width of [1280, 320]) {
  test(`a back link does not run into the caption below it at ${width} px`, async ({ browser, baseURL }) => {
    const { context, page } = await residentPage(browser, baseURL, { display: STRONGEST_DISPLAY, size: { width, height: 800 } });
    await page.goto(resident.base);
    await expectDisplay(page, STRONGEST_DISPLAY);
    const back = await page.locator('main .back-link').boundingBox();
    const caption = await page.locator('main .caption').first().boundingBox();
    expect(caption.y - (back.y + back.height), 'space between the back link and the caption').toBeGreaterThanOrEqual(8);
    await context.close();
  });
}

// ---- 3. Selects and the certificate number are not cut ----

test('no option of a select is cut, and the certificate number fits, at 320 px with the largest text', async ({ browser, baseURL }) => {
  for (const lang of LANGS) {
    const { context, page } = await residentPage(browser, baseURL, { lang, display: STRONGEST_DISPLAY });
    await page.goto(`${resident.base}/person`);
    const select = page.locator('#area_code');
    // What the closed list shows for each choice must fit in it: the text is
    // laid out in the select's own font and spacing, in the room beside the
    // arrow; a select drawn by the page (appearance: base-select) may wrap it
    // onto more lines, a native one must fit it on one.
    const cut = await select.evaluate((el) => {
      const style = getComputedStyle(el);
      const wraps = style.appearance === 'base-select' && style.whiteSpace !== 'nowrap';
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - parseFloat(style.fontSize) * 1.25;
      const probe = document.createElement('div');
      for (const p of ['font', 'letterSpacing', 'wordSpacing', 'lineHeight', 'overflowWrap']) probe.style[p] = style[p];
      Object.assign(probe.style, { position: 'absolute', top: '0', left: '0', width: `${room}px`, whiteSpace: wraps ? 'normal' : 'nowrap' });
      document.body.append(probe);
      const original = el.value;
      const cuts = [];
      for (const option of el.options) {
        el.value = option.value;
        probe.textContent = option.text;
        const height = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        if (probe.scrollWidth > room + 1 || probe.getBoundingClientRect().height > height + 1) cuts.push(option.text);
      }
      el.value = original;
      probe.remove();
      return cuts;
    });
    expect(cut, `${lang}: options cut`).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    const certificate = page.locator('#certificate_number');
    await certificate.fill('11010519800301001X12');
    const fit = await certificate.evaluate((el) => ({
      fits: el.scrollWidth <= el.clientWidth,
      fillsWidth: el.getBoundingClientRect().width >= el.parentElement.getBoundingClientRect().width - 1,
    }));
    expect(fit.fits || fit.fillsWidth, `${lang}: certificate number field ${JSON.stringify(fit)}`).toBe(true);
    await context.close();
  }
});

test('the certificate number field shows all 20 characters on a wide screen with the largest text', async ({ browser, baseURL }) => {
  const { context, page } = await residentPage(browser, baseURL, { display: STRONGEST_DISPLAY, size: { width: 1280, height: 800 } });
  await page.goto(`${resident.base}/person`);
  const certificate = page.locator('#certificate_number');
  await certificate.fill('11010519800301001X12');
  expect(await certificate.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await context.close();
});

// ---- 4. The file field grows with the text setting ----

test('the file field is drawn in the text size chosen and fits at 320 px', async ({ browser, baseURL }) => {
  const { context, page } = await residentPage(browser, baseURL, { display: STRONGEST_DISPLAY });
  await page.goto(`${resident.base}/documents`);
  const field = page.locator('#document');
  const sizes = await field.evaluate((el) => ({
    page: parseFloat(getComputedStyle(document.body).fontSize),
    field: parseFloat(getComputedStyle(el).fontSize),
    button: parseFloat(getComputedStyle(el, '::file-selector-button').fontSize),
    buttonHeight: parseFloat(getComputedStyle(el, '::file-selector-button').minHeight),
    right: el.getBoundingClientRect().right,
    room: el.parentElement.getBoundingClientRect().right,
  }));
  expect(sizes.field).toBe(sizes.page);
  expect(sizes.button).toBe(sizes.page);
  // Its button is as big a target as the page's other buttons.
  expect(sizes.buttonHeight).toBeGreaterThanOrEqual(44);
  expect(sizes.right).toBeLessThanOrEqual(sizes.room + 1);
  // The chosen file's name is not cut: the field is as tall as its content needs.
  await field.setInputFiles({ ...PDF, name: 'a-rather-long-file-name-for-a-scanned-certificate.pdf' });
  expect(await field.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await context.close();
});

// ---- 5. A checked radio looks checked in every contrast setting ----

for (const display of [STANDARD_DISPLAY, HIGH_CONTRAST, STRONGEST_DISPLAY]) {
  test(`a checked radio stands out from an unchecked one at 3:1 or more (${display})`, async ({ page, context, baseURL }) => {
    await setLangAndDisplay(context, baseURL, 'zh-CN', display);
    await page.goto('/settings');
    const checked = page.locator('input[type=radio][name=contrast]:checked');
    const unchecked = page.locator('input[type=radio][name=contrast]:not(:checked)').first();
    // The centre of each radio, where a checked one has its dot.
    const centre = async (radio) => {
      await radio.scrollIntoViewIfNeeded();
      const image = await pixels(context, await radio.screenshot());
      return pixelAt(image, image.width / 2, image.height / 2);
    };
    const on = await centre(checked);
    const off = await centre(unchecked);
    expect(contrast(on, off), `checked ${on}, unchecked ${off}`).toBeGreaterThanOrEqual(3);
  });
}

// ---- 6. Banner headings do not break inside a word ----

for (const lang of LANGS) {
  test(`a notification banner's heading breaks no word at 320 px with the strongest settings (${lang})`, async ({ browser, baseURL }) => {
    const { context, page } = await residentPage(browser, baseURL, { lang, display: STRONGEST_DISPLAY });
    await page.goto(`${resident.base}/documents?uploaded=1`);
    const heading = page.locator('.notification-banner__heading');
    // No word is broken: each English word, and a Chinese heading this short
    // as a whole, is on one line.
    const broken = await heading.evaluate((el) => {
      const text = el.firstChild;
      const words = el.lang === 'en' || document.documentElement.lang === 'en'
        ? [...text.data.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length])
        : [[0, text.data.length]];
      return words.filter(([start, end]) => {
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, end);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      }).map(([start, end]) => text.data.slice(start, end));
    });
    expect(broken, await heading.innerText()).toEqual([]);
    await context.close();
  });
}

// ---- 7. Focus stays visible in forced colours ----

test('a link-style button keeps a visible focus outline in forced colours', async ({ browser, baseURL }) => {
  const { context, page } = await residentPage(browser, baseURL, { lang: 'en', size: { width: 1280, height: 800 } });
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${resident.base}/documents`);
  const remove = page.locator('main .button-link').first();
  await expect(remove).toContainText('Remove');
  // Reach it by keyboard, so it is :focus-visible as for a keyboard user.
  await remove.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(remove).toBeFocused();
  const outline = await remove.evaluate((el) => ({
    visible: el.matches(':focus-visible'),
    style: getComputedStyle(el).outlineStyle,
    width: parseFloat(getComputedStyle(el).outlineWidth),
  }));
  expect(outline.visible).toBe(true);
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await context.close();
});

// ---- 8. Stacked tables keep their column names ----

/** Every body cell is labelled with its column's header, the label is shown, and Chromium still sees a table. */
async function expectLabelledCells(page) {
  const table = page.locator('main table').first();
  const result = await table.evaluate((el) => {
    const headers = [...el.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const cells = [...el.querySelectorAll('tbody tr')].flatMap((tr) => [...tr.children].map((cell, i) => ({
      label: cell.dataset.label,
      header: headers[i],
      shown: getComputedStyle(cell, '::before').content,
      display: getComputedStyle(cell, '::before').display,
    })));
    return { headers, cells };
  });
  expect(result.cells.length).toBeGreaterThan(0);
  for (const cell of result.cells) {
    expect(cell.label).toBe(cell.header);
    expect(cell.shown).toContain(cell.header);
    expect(cell.display).not.toBe('none');
  }
  // Screen readers still get a table with column headers (Chromium's own tree),
  // and the shown label is not read again as part of the cell.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const roles = nodes.map((n) => n.role?.value);
  expect(roles).toContain('table');
  expect(roles.filter((r) => r === 'columnheader').length).toBe(result.headers.length);
  const cellNames = nodes.filter((n) => ['cell', 'gridcell', 'rowheader'].includes(n.role?.value)).map((n) => n.name?.value || '');
  expect(cellNames.length).toBeGreaterThan(0);
  for (const name of cellNames) {
    for (const header of result.headers) expect(name.startsWith(header), `cell "${name}"`).toBe(false);
  }
}

for (const lang of LANGS) {
  test(`a stacked table keeps each value's column name at 320 px (${lang})`, async ({ browser, baseURL }) => {
    const { context, page } = await residentPage(browser, baseURL, { lang, display: STRONGEST_DISPLAY });
    await page.goto('/applications');
    await expectLabelledCells(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // A public course's sessions, drawn by the same table.
    await page.goto('/training');
    await page.locator('main a[href^="/training/"]').first().click();
    await expectLabelledCells(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
}

// ---- 9. The date field's calendar icon is visible in every contrast setting ----

for (const display of [STANDARD_DISPLAY, HIGH_CONTRAST]) {
  test(`a date field's calendar icon stands out from the field (${display})`, async ({ page, context, baseURL }) => {
    await setLangAndDisplay(context, baseURL, 'en', display);
    await page.goto('/settings');
    // A date field as the staff filters draw it (FilterInput: class "input input--10").
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.type = 'date';
      input.className = 'input input--10';
      input.id = 'probe-date';
      document.querySelector('main').prepend(input);
    });
    const field = page.locator('#probe-date');
    const image = await pixels(context, await field.screenshot());
    const background = rgb(await field.evaluate((el) => getComputedStyle(el).backgroundColor));
    // The icon sits at the right end of the field: its most distinct pixel.
    let best = 1;
    for (let x = Math.floor(image.width * 0.75); x < image.width - 4; x++) {
      for (let y = 4; y < image.height - 4; y++) best = Math.max(best, contrast(pixelAt(image, x, y), background));
    }
    expect(best).toBeGreaterThanOrEqual(3);
  });
}

// ---- 10. Print: dark on white, with the help contacts ----

test('a confirmation prints dark on white with the help contacts, in the high-contrast theme', async ({ browser, baseURL }) => {
  const { context, page } = await residentPage(browser, baseURL, { lang: 'en', display: STRONGEST_DISPLAY, size: { width: 1280, height: 800 } });
  const base = await startApplication(page);
  await completeApplication(page, base);
  await page.goto(`${base}/check`);
  await page.locator('form[action$="/submit"] button[type=submit]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/confirmation$`));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.reference', '.panel__title', 'main h2', '#footer-help-heading', '.help-list dd']) {
    const colours = await page.locator(selector).first().evaluate((el) => {
      let back = el;
      let background = 'rgba(0, 0, 0, 0)';
      while (back) {
        background = getComputedStyle(back).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(background)) break;
        back = back.parentElement;
      }
      // No background at all: the paper, white.
      return { text: getComputedStyle(el).color, background: back ? background : 'rgb(255, 255, 255)' };
    });
    expect(contrast(rgb(colours.text), rgb(colours.background)), `${selector}: ${JSON.stringify(colours)}`).toBeGreaterThanOrEqual(4.5);
  }
  await expect(page.locator('#footer-help-heading')).toBeVisible();
  await expect(page.locator('.help-list')).toBeVisible();
  await context.close();
});

// ---- 11. The error summary is no longer an item for review ----

test('the error summary gives axe nothing to review', async ({ page, context, baseURL }) => {
  for (const lang of LANGS) {
    await setLangAndDisplay(context, baseURL, lang, STANDARD_DISPLAY);
    await submitTamperedSettings(page, 'text', 'giant');
    await expect(page.locator('.error-summary')).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const flagged = [...results.violations, ...results.incomplete]
      .filter((r) => r.nodes.some((n) => n.target.join(' ').includes('error-summary')))
      .map((r) => r.id);
    expect(flagged, lang).toEqual([]);
  }
});
