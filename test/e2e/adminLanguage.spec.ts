import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/shared/languages';
import { adminWords } from './adminWords';
import { expect, test } from './fixtures';

const english = adminWords('en');
const arabic = adminWords('ar');

/** Settings › Language: picks `option` in the select labelled in the screen's language, and saves. */
async function chooseLanguage(page: Page, words: typeof english, option: string) {
  const panel = page.getByTestId('language-settings');
  await panel.getByRole('combobox', { name: words.say('settings.language.label') }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await panel.getByRole('button', { name: words.say('settings.language.save') }).click();
}

async function expectPageLanguage(page: Page, lang: string, dir: 'ltr' | 'rtl') {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

test('the admin switches every screen to Arabic in Settings, keeps it after a reload, and goes back to the computer’s language', async ({
  app,
  admin: page,
}) => {
  test.setTimeout(90_000);
  await app.api('groups-create', { name: 'Leeds Induction' });
  const made = await app.api('backup-create', {});
  expect(made.ok).toBe(true);
  const backup = (await app.api('backup-list', {})).value[0] as { name: string; createdAt: string; bytes: number };

  await page.goto(app.adminUrl);
  // The browser is English, so is the computer's language: the screens start in English.
  await expectPageLanguage(page, 'en', 'ltr');
  const nav = (words: typeof english) => page.getByRole('navigation', { name: words.say('app.nav.label') });
  await nav(english)
    .getByRole('link', { name: english.say('app.nav.settings') })
    .click();
  await expect(page.getByRole('heading', { name: english.say('settings.title'), level: 2 })).toBeVisible();
  const select = page.getByRole('combobox', { name: english.say('settings.language.label') });
  await expect(select).toHaveValue(english.say('settings.language.system', { name: 'English' }));

  await chooseLanguage(page, english, LANGUAGE_NAMES.ar);
  // At once, without a reload: the page, the menu and the screen are Arabic, right to left.
  await expectPageLanguage(page, 'ar', 'rtl');
  await expect(page.getByRole('heading', { name: arabic.say('settings.title'), level: 2 })).toBeVisible();
  await expect(nav(arabic).getByRole('link', { name: arabic.say('app.nav.groups') })).toBeVisible();
  await expect(nav(arabic).getByRole('link', { name: arabic.say('app.nav.settings') })).toBeVisible();
  await expect(page.getByText(arabic.say('settings.language.saved.title'))).toBeVisible();
  await expect(page.getByText(english.say('settings.backup.title'))).toHaveCount(0);
  expect((await app.api('language-settings-get', {})).value).toEqual({ language: 'ar' });

  // A date and a number on screen, as Arabic writes them (this browser's own Intl says how).
  const row = page
    .getByRole('table', { name: arabic.say('settings.backups.table') })
    .getByRole('row')
    .nth(1);
  const [date, size, englishDate] = await page.evaluate(
    ([createdAt, bytes]) => [
      new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(createdAt)),
      new Intl.NumberFormat('ar', { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(
        Math.max(1, Math.ceil(bytes / 1024)),
      ),
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(createdAt)),
    ],
    [backup.createdAt, backup.bytes] as const,
  );
  expect(date).not.toBe(englishDate);
  await expect(row).toContainText(date);
  await expect(row).toContainText(size);
  await expect(row).toContainText(arabic.say('settings.backups.kind.manual'));

  // Another screen is Arabic too.
  await nav(arabic)
    .getByRole('link', { name: arabic.say('app.nav.kiosk') })
    .click();
  await expect(page.getByRole('heading', { name: arabic.say('kiosk.title'), level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: arabic.say('kiosk.start') })).toBeVisible();

  // Kept by main: a reload opens in Arabic.
  await page.reload();
  await expectPageLanguage(page, 'ar', 'rtl');
  await expect(page.getByRole('heading', { name: arabic.say('kiosk.title'), level: 2 })).toBeVisible();

  // Back to the computer's language, named in Arabic with the computer's language named in itself.
  await nav(arabic)
    .getByRole('link', { name: arabic.say('app.nav.settings') })
    .click();
  await chooseLanguage(page, arabic, arabic.say('settings.language.system', { name: LANGUAGE_NAMES.en }));
  await expectPageLanguage(page, 'en', 'ltr');
  await expect(page.getByRole('heading', { name: english.say('settings.title'), level: 2 })).toBeVisible();
  await expect(nav(english).getByRole('link', { name: english.say('app.nav.groups') })).toBeVisible();
  expect((await app.api('language-settings-get', {})).value).toEqual({ language: 'system' });
  await page.reload();
  await expect(page.getByRole('heading', { name: english.say('settings.title'), level: 2 })).toBeVisible();
});
