// Registering and booking for someone one helps: the "who is this for" question
// with its hint about who is left out (a child), the needs question about "the
// person attending", and My bookings with the needs and note that were sent,
// checked with axe-core in both languages, both display extremes and at 1280
// and 320 px.
import { test, expect } from '@playwright/test';
import { LANGS, WIDTHS, DISPLAYS, axeViolations, horizontalOverflow, setLangAndDisplay, expectDisplay } from './support.mjs';
import { CERTIFICATE, registerAndSignIn, uniqueEmail } from './residents.mjs';

/** A child born on 1 June 2020: under 16, so not offered for fairs or training. */
const CHILD_CERTIFICATE = '50010520200601001721';

async function addPerson(page, name, certificate) {
  await page.goto('/account/people/new');
  await page.locator('#full_name').fill(name);
  await page.locator('#relationship').check();
  await page.locator('#certificate_number').fill(certificate);
  await page.locator('#declaration').check();
  await page.locator('main form button[type=submit]').click();
  await expect(page).not.toHaveURL(/\/account\/people\/new/);
}

test('booking for someone one helps has no axe violations in either language', async ({ page, context, baseURL }) => {
  test.setTimeout(600_000);
  await registerAndSignIn(page, { name: 'Ma Hua', email: uniqueEmail('attendees-axe') });
  await addPerson(page, 'Ma Jian', CERTIFICATE);
  await addPerson(page, 'Ma Xiaobao', CHILD_CERTIFICATE);
  await page.goto('/jobs/fairs');
  const fair = await page.locator('.event-list__title a').first().getAttribute('href');

  await page.goto(fair);
  await expect(page.locator('#for-hint')).toContainText('16');
  await expect(page.locator('input[name=for]')).toHaveCount(2);
  await page.locator('input[name=for]').nth(1).check();
  await page.locator('input[name=adjustments]').first().check();
  await page.locator('#other_needs').fill('Brings a guide dog');
  await page.locator('main form[action$="/register"] button[type=submit]').click();
  await expect(page.locator('.notification-banner')).toBeVisible();

  const failures = [];
  for (const [name, path] of [['fair with people one helps', fair], ['bookings with needs and a note', '/account/bookings']]) {
    for (const lang of LANGS) {
      for (const display of DISPLAYS) {
        await setLangAndDisplay(context, baseURL, lang, display);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          await expectDisplay(page, display);
          const violations = await axeViolations(page);
          if (violations.length) failures.push({ name, lang, display, width, violations });
          if (width === 320 && (await horizontalOverflow(page)) > 0) failures.push({ name, lang, display, width, overflow: true });
        }
      }
    }
  }
  await page.goto('/account/bookings');
  await expect(page.locator('.event-list__item')).toContainText('Brings a guide dog');
  expect(failures, JSON.stringify(failures, null, 2)).toEqual([]);
});
