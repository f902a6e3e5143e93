// Shared helpers: set language and display settings as a returning visitor
// would have them, and run axe-core with the project's pass mark.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import crypto from 'node:crypto';

export const LANGS = ['zh-CN', 'en'];
export const WIDTHS = [1280, 320];

// Every display setting on its own, and all of them at their strongest.
export const DISPLAY_SETTINGS = [
  null,
  'text.large~contrast.standard~spacing.standard',
  'text.largest~contrast.standard~spacing.standard',
  'text.standard~contrast.high~spacing.standard',
  'text.standard~contrast.standard~spacing.wide',
  'text.largest~contrast.high~spacing.wide',
];

// What the signed-in axe runs cover: the standard settings, written out
// (a display cookie left by an earlier run must not stand in for them), and
// all of them at their strongest, with the classes each puts on <html>.
export const STANDARD_DISPLAY = 'text.standard~contrast.standard~spacing.standard';
export const STRONGEST_DISPLAY = 'text.largest~contrast.high~spacing.wide';
export const DISPLAYS = [STANDARD_DISPLAY, STRONGEST_DISPLAY];
const DISPLAY_CLASSES = { [STANDARD_DISPLAY]: '', [STRONGEST_DISPLAY]: 'text-largest contrast-high spacing-wide' };

/** Language and display cookies, keeping the others (a signed-in session stays signed in). */
export async function setLangAndDisplay(context, baseURL, lang, display) {
  await context.addCookies([
    { name: 'lang', value: lang, url: baseURL },
    { name: 'display', value: display, url: baseURL },
  ]);
}

/** The page really is in `display`: exactly its classes on <html>. */
export async function expectDisplay(page, display) {
  const classes = (await page.locator('html').getAttribute('class')) || '';
  const wanted = DISPLAY_CLASSES[display];
  if (classes.trim() !== wanted) throw new Error(`html class is "${classes}", expected "${wanted}" for ${display}`);
}

export async function setPreferences(context, baseURL, { lang, display }) {
  const cookies = [{ name: 'lang', value: lang, url: baseURL }];
  if (display) cookies.push({ name: 'display', value: display, url: baseURL });
  await context.clearCookies();
  await context.addCookies(cookies);
}

/** WCAG 2.2 A/AA and best practice, with the target-size rule switched on. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Submits the settings form with one radio's value changed to something the
 * server does not offer: the only way this form can be wrong. */
export async function submitTamperedSettings(page, radioId, value) {
  await page.goto('/settings');
  await page.evaluate(([id, v]) => {
    const radio = document.getElementById(id);
    radio.value = v;
    radio.checked = true;
    radio.form.submit();
  }, [radioId, value]);
  await page.waitForURL('**/settings');
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** The code an authenticator app shows for `secret` (SHA-1, 6 digits, 30 s). */
export function totp(secret, at = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}


/** The innermost elements that stick out on the right, to say what overflows. */
export function widest(page) {
  return page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth + 1))
    .slice(0, 5)
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().width)}px`));
}

/** The demo staff accounts' password (server/src/demo.rs). */
export const DEMO_PASSWORD = 'demo-jiangbei-2026';

/** Signs in a demo staff account for the first time by keyboard: password,
 * then the key shown on the set-up page, then the code. A first sign-in
 * works once per server, so each spec file owns its accounts and calls this
 * once per account. Returns the signed-in browser state. */
export async function firstStaffSignIn(browser, baseURL, email, { lang = 'en' } = {}) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: 'lang', value: lang, url: baseURL }]);
  const page = await context.newPage();
  await page.goto('/staff');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/two-factor\/set-up$/);
  const key = (await page.locator('.secret-key code').textContent()).replace(/\s/g, '');
  await page.locator('#code').fill(totp(key));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/recovery-codes$/);
  await expect(page.locator('.recovery-codes li')).toHaveCount(10);
  const state = await context.storageState();
  await context.close();
  return state;
}
