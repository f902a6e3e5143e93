// Whole journeys: by keyboard alone with JavaScript, and with JavaScript off.
import { test, expect } from '@playwright/test';
import { lastMailTo, linkIn, uniqueEmail, registerAndSignIn, startApplication, completeApplication, CERTIFICATE, PDF } from './residents.mjs';
import { setPreferences } from './support.mjs';

/** Types into the field with this id, reached with Tab from the one before (no mouse). */
async function typeInto(page, id, text) {
  await page.locator(`#${id}`).focus();
  await expect(page.locator(`#${id}`)).toBeFocused();
  await page.keyboard.type(text);
}

test('register, sign in with the emailed link and set a password, by keyboard alone', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  const email = uniqueEmail('keyboard');
  const before = Date.now() - 1000;
  await page.goto('/apply/e04');
  await page.getByRole('link', { name: 'Create an account' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/register\?next=\/apply\/e04$/);
  await typeInto(page, 'full_name', 'Wang Fang');
  await page.keyboard.press('Tab');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/check-email/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');

  await page.goto(linkIn(await lastMailTo(email, { after: before })));
  await page.getByRole('button', { name: 'Sign in' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/apply\/e04$/, { timeout: 10_000 });

  await page.goto('/account/password');
  // The Show button appears once its island is running.
  await expect(page.getByRole('button', { name: 'Show' })).toBeVisible();
  await typeInto(page, 'password', 'a long and private phrase');
  // The Show button (an island) reveals what was typed, and says so.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Show' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#password')).toHaveAttribute('type', 'text');
  await expect(page.getByText('Your password is visible')).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.locator('#password')).toHaveAttribute('type', 'password');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account\?done=password$/);
  await expect(page.getByRole('status')).toContainText('Your password has been saved');
});

test('an application from start to confirmation by keyboard alone', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await registerAndSignIn(page, { email: uniqueEmail('keyboard-apply') });
  await page.goto('/apply/e04');
  await page.locator('#for').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#for')).toBeChecked();
  await page.getByRole('button', { name: 'Start application' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/applications\/\d+$/);
  const base = new URL(page.url()).pathname;

  await page.getByRole('link', { name: 'About the person' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('#full_name').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Li Ming');
  await page.keyboard.press('Tab');
  await page.keyboard.type(CERTIFICATE);
  await page.keyboard.press('Tab');
  await page.keyboard.type('13800000000');
  await page.keyboard.press('Tab');
  await expect(page.locator('#area_code')).toBeFocused();
  await page.locator('#area_code').selectOption('jiangbei.guanyinqiao.community1');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1 Example Road');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}/circumstances$`));
  await page.getByRole('button', { name: 'Save and come back later' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}\\?saved=1$`));
  await expect(page.getByRole('status')).toContainText('Your answers have been saved');
  await completeApplication(page, base);

  await page.getByRole('link', { name: 'Check your answers and send' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Accept and send' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${base}/confirmation$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Application sent');
  await expect(page.locator('.reference')).toHaveText(/^JB-\d{4}-\d{6}$/);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('apply for someone you help, upload, submit, follow and withdraw', async ({ page, context, baseURL }) => {
    await setPreferences(context, baseURL, { lang: 'zh-CN' });
    // Without JavaScript the password field is a plain one, with no dead Show button.
    await page.goto('/sign-in');
    await expect(page.locator('#password')).toBeVisible();
    await expect(page.locator('.password-input__toggle')).toBeHidden();
    const email = uniqueEmail('nojs');
    await registerAndSignIn(page, { name: '马华', email });
    await page.goto('/apply/e04');
    await page.getByRole('link', { name: /请先添加/ }).click();
    await page.locator('#full_name').fill('马小明');
    await page.getByLabel('我是其父母').check();
    await page.locator('#certificate_number').fill(CERTIFICATE);
    await page.getByRole('button', { name: '添加' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.locator('#full_name')).toHaveValue('马小明');
    await page.locator('#declaration').check();
    await page.getByRole('button', { name: '添加' }).click();
    await expect(page).toHaveURL(/\/apply\/e04\?for=\d+$/);
    await expect(page.getByLabel('马小明')).toBeChecked();
    await page.getByRole('button', { name: '开始申请' }).click();
    await expect(page).toHaveURL(/\/applications\/\d+$/);
    const base = new URL(page.url()).pathname;
    await page.goto(`${base}/person`);
    await expect(page.locator('#certificate_number')).toHaveValue(CERTIFICATE);
    await completeApplication(page, base);
    await page.getByRole('link', { name: '核对并提交' }).click();
    await page.getByRole('button', { name: '确认并提交' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('申请已提交');
    const reference = await page.locator('.reference').textContent();
    expect(await lastMailTo(email, { containing: reference })).toContain(reference);

    await page.getByRole('link', { name: '查看申请进度' }).click();
    await expect(page.locator('.summary-list')).toContainText('已提交：社区（村）审核中');
    await expect(page.getByText('马华（我是其父母）')).toBeVisible();
    await page.getByRole('link', { name: '撤回此申请' }).click();
    await page.getByRole('button', { name: '撤回申请' }).click();
    await expect(page.getByRole('status')).toContainText('您的申请已撤回');
    await expect(page.locator('main')).toContainText('已撤回');
  });
});

test('with JavaScript a document is sent by the progress island, and a bad one still gets the error page', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await registerAndSignIn(page, { email: uniqueEmail('progress') });
  const base = await startApplication(page);
  const uploads = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/documents')) uploads.push(r.resourceType()); });
  await page.goto(`${base}/documents`);
  await page.waitForLoadState('networkidle');
  await page.locator('#document').setInputFiles(PDF);
  await page.getByRole('button', { name: 'Upload this file' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/documents\\?uploaded=1$`));
  await expect(page.getByRole('link', { name: 'certificate.pdf' })).toBeVisible();
  expect(uploads).toEqual(['xhr']);

  await page.waitForLoadState('networkidle');
  await page.locator('#document').setInputFiles({ name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a') });
  await page.getByRole('button', { name: 'Upload this file' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('must be a PDF, JPEG or PNG');
});
