// The entitlement checker, done the hard way: JavaScript off and keyboard only.
import { test, expect } from '@playwright/test';
import { setPreferences } from './support.mjs';

test.use({ javaScriptEnabled: false });

/** Chooses the radio or tick box with this label by keyboard, then Continue. */
async function choose(page, ...labels) {
  for (const label of labels) {
    await page.getByLabel(label, { exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Continue' }).focus();
  await page.keyboard.press('Enter');
}

async function type(page, label, text) {
  await page.getByLabel(label).focus();
  await page.keyboard.type(text);
}

test('a parent checks for a 5-year-old child by keyboard without JavaScript', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await page.goto('/check');
  await page.getByRole('link', { name: 'Start now' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is the disability certificate number?');
  await choose(page); // no number
  await choose(page, 'Yes'); // registered in Jiangbei
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What is the date of birth?');
  await type(page, 'Day', '15');
  await type(page, 'Month', '6');
  await type(page, 'Year', '2021');
  await choose(page);
  await choose(page, 'No'); // no certificate yet
  await choose(page, 'Hearing disability');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Does the child have any of these?');
  await choose(page, 'None of these');
  await choose(page, 'Dibao (minimum living guarantee)');
  await choose(page, 'Town (urban)');
  // Adults' questions are skipped for a 5-year-old.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Do any of these apply to the person?');
  await choose(page, 'None of these');
  await choose(page, 'Neither of these');
  // Preschool age: the kind of kindergarten, not school or work.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What kind of kindergarten does the child go to?');
  await choose(page, 'An inclusive kindergarten (public, or private recognised as inclusive)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which of these does the person need?');
  await choose(page, 'Rehabilitation training');

  await expect(page).toHaveURL(/\/check\/answers$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await page.getByRole('link', { name: 'Change Is the household in a town or in the countryside?' }).click();
  await choose(page, 'Countryside (rural)');
  await expect(page).toHaveURL(/\/check\/answers$/);
  await page.getByRole('link', { name: 'See your results' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your results');
  const qualifies = page.locator('section[aria-labelledby=qualifies-heading]');
  const notQualifying = page.locator('section[aria-labelledby=not-heading]');
  // Age decides: a 5-year-old is not of compulsory-school age yet.
  await expect(notQualifying.getByRole('link', { name: 'Free compulsory education and teaching at home', exact: true, includeHidden: true })).toBeAttached();
  await expect(qualifies.getByRole('link', { name: 'Rehabilitation for disabled children aged 0 to 6', exact: true })).toBeVisible();
  await expect(qualifies.getByRole('link', { name: /^Apply online.*Rehabilitation for disabled children aged 0 to 6/ })).toHaveAttribute('href', '/apply/e22');

  await page.getByRole('button', { name: 'Start again (delete all answers)' }).click();
  await expect(page).toHaveURL(/\/check$/);
  await page.goto('/check/results');
  // Every entitlement in the catalogue (CATALOGUE_LEN in app/src/domain/catalogue.rs).
  await expect(page.locator('.lead')).toContainText('you qualify for 0, may qualify for 46');
});

test('an error keeps the answer and says what to fix', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'zh-CN' });
  await page.goto('/check/q/birth-date');
  await type(page, '日', '31');
  await type(page, '月', '2');
  await type(page, '年', '1980');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page).toHaveTitle(/^错误：出生日期是哪天？/);
  await expect(page.getByRole('link', { name: '请输入真实存在的出生日期，例如 1970 年 3 月 27 日' })).toBeVisible();
  await expect(page.getByLabel('日')).toHaveValue('31');
  await expect(page.getByLabel('年')).toHaveValue('1980');
});

test('"not sure" on tick boxes is not "no", and multiple disabilities ask for their kinds', async ({ page, context, baseURL }) => {
  await setPreferences(context, baseURL, { lang: 'en' });
  await page.goto('/check/q/category');
  await choose(page, 'Multiple disabilities');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which kinds of disability make up the multiple disabilities?');
  await choose(page, 'Visual disability', 'Hearing disability');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/kinds of disability/);

  // Ticking "None of these" with a need is refused, and what was ticked is kept.
  await page.goto('/check/q/needs');
  await choose(page, 'A prosthesis', 'None of these');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByRole('link', { name: '"None of these" cannot be selected with another answer' })).toBeVisible();
  await expect(page.getByLabel('A prosthesis', { exact: true })).toBeChecked();
  await page.getByLabel('None of these', { exact: true }).uncheck();
  await choose(page, 'Not sure');
  await expect(page).toHaveURL(/\/check\/answers$/);
  await page.goto('/check/results');
  const may = page.locator('section[aria-labelledby=may-heading]');
  const not = page.locator('section[aria-labelledby=not-heading]');
  await expect(may.getByRole('link', { name: 'Cochlear implant subsidy', exact: true })).toBeAttached();

  // Without "Not sure", the boxes left empty are "no".
  await page.goto('/check/q/needs');
  await expect(page.getByLabel('Not sure', { exact: true })).toBeChecked();
  await page.getByLabel('Not sure', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/check\/answers$/);
  await page.goto('/check/results');
  await expect(not.getByRole('link', { name: 'Cochlear implant subsidy', exact: true, includeHidden: true })).toBeAttached();
  // Visual is one of the kinds, the level is not known: Braille stays open.
  await expect(may.getByRole('link', { name: 'Free Braille publication', exact: true })).toBeAttached();
});
