// Acting as a resident: read the emails the portal's outbox worker wrote as
// .eml files (the default transport), follow their links, and set up an
// account with an application in a given state.
import { expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export const OUTBOX = path.resolve(process.cwd(), '..', 'target', 'e2e-data', 'outbox');

/** A valid certificate number: born 1 March 1980, physical disability, level 2. */
export const CERTIFICATE = '11010519800301001X12';
export const PDF = { name: 'certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') };

function decodeBody(eml) {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(joined[i], 'utf8'));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** The newest email to `address` (containing `containing`, if given); the worker sends every few seconds. */
export async function lastMailTo(address, { after = 0, containing = '' } = {}) {
  for (let attempt = 0; attempt < 60; attempt++) {
    if (fs.existsSync(OUTBOX)) {
      const mails = fs.readdirSync(OUTBOX)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => ({ file: path.join(OUTBOX, f), mtime: fs.statSync(path.join(OUTBOX, f)).mtimeMs }))
        .filter((m) => m.mtime > after)
        .map((m) => ({ ...m, text: fs.readFileSync(m.file, 'utf8') }))
        .filter((m) => new RegExp(`^To: ${address.replace(/[.+]/g, '\\$&')}\\r?$`, 'mi').test(m.text))
        .sort((a, b) => b.mtime - a.mtime);
      const found = mails.map((m) => decodeBody(m.text)).find((body) => body.includes(containing));
      if (found !== undefined) return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no email to ${address}`);
}

export function linkIn(text) {
  const url = text.match(/https?:\/\/\S+/);
  if (!url) throw new Error(`no link in ${text}`);
  return new URL(url[0]).pathname + new URL(url[0]).search;
}

let counter = 0;
/** A fresh address for each test, so tests do not share accounts. */
export function uniqueEmail(prefix) {
  counter += 1;
  return `${prefix}.${process.pid}.${Date.now()}.${counter}@example.cn`;
}

let clients = 0;

/** A client address of its own for each registration, in 10.0.0.0/8. */
function anotherClient() {
  clients += 1;
  return `10.${process.pid % 250}.${Math.floor(clients / 250) % 250}.${clients % 250}`;
}

/** Registers with the form and signs in by the emailed link (works with or without JavaScript).
 * The registration is sent as from its own client address (the test server trusts 127.0.0.1 as
 * a proxy), so that a whole run does not meet the per-address email limit. */
export async function registerAndSignIn(page, { name = 'Li Ming', email }) {
  const before = Date.now() - 1000;
  await page.goto('/register');
  await page.locator('#full_name').fill(name);
  await page.locator('#email').fill(email);
  await page.locator('#email_language-en, input[name=email_language][value=en]').first().check();
  const client = anotherClient();
  const fromAnotherClient = (route) => route.request().method() === 'POST'
    ? route.continue({ headers: { ...route.request().headers(), 'x-forwarded-for': client } })
    : route.continue();
  await page.route('**/register', fromAnotherClient);
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(/\/check-email/);
  await page.unroute('**/register', fromAnotherClient);
  const link = linkIn(await lastMailTo(email, { after: before }));
  await page.goto(link);
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(/\/account|\/apply|\/applications/);
}

/** Starts an application for E04 for the signed-in resident and returns its address. */
export async function startApplication(page) {
  await page.goto('/apply/e04');
  await page.locator('#for').check();
  await page.locator('main form button[type=submit]').click();
  await expect(page).toHaveURL(/\/applications\/\d+$/);
  return new URL(page.url()).pathname;
}

export async function completeApplication(page, base) {
  await page.goto(`${base}/person`);
  await page.locator('#full_name').fill('Li Ming');
  await page.locator('#certificate_number').fill(CERTIFICATE);
  await page.locator('#phone').fill('13800000000');
  await page.locator('#area_code').selectOption('jiangbei.guanyinqiao.community1');
  await page.locator('#address').fill('1 Example Road');
  await page.locator('button[value=continue]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/circumstances$`));
  await page.locator('button[value=continue]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/documents$`));
  await page.locator('#document').setInputFiles(PDF);
  await page.locator('button[value=upload]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/documents\\?uploaded=1$`));
  await page.locator('button[value=continue]').click();
  await expect(page).toHaveURL(new RegExp(`${base}/declaration$`));
  await page.locator('#declaration').check();
  await page.locator('button[value=continue]').click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
}
