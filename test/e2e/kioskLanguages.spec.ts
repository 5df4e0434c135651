import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createIntl } from 'react-intl';
import ar from '../../src/renderer/src/i18n/kiosk/ar';
import de from '../../src/renderer/src/i18n/kiosk/de';
import type { KioskMessageId } from '../../src/renderer/src/i18n/kiosk/en';
import { en } from '../../src/renderer/src/i18n/kiosk/en';
import es from '../../src/renderer/src/i18n/kiosk/es';
import fr from '../../src/renderer/src/i18n/kiosk/fr';
import pt from '../../src/renderer/src/i18n/kiosk/pt';
import zhHans from '../../src/renderer/src/i18n/kiosk/zh-Hans';
import type { LanguageTag } from '../../src/shared/languages';
import { LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../src/shared/languages';
import { expect, test } from './fixtures';

const CATALOGUES: Record<LanguageTag, Record<KioskMessageId, string>> = { en, es, fr, de, pt, ar, 'zh-Hans': zhHans };

/** The kiosk's words in `tag`, formatted by the same library the screen uses, with Intl doing the numbers. */
function wordsIn(tag: LanguageTag) {
  const intl = createIntl({ locale: tag === 'en' ? 'en-GB' : tag, messages: CATALOGUES[tag] });
  return (id: KioskMessageId, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
}

/** A few words each language must show as a person wrote them: proof the screen uses its catalogue. */
const HEADINGS: Record<LanguageTag, string> = {
  en: 'Join your group',
  es: 'Únete a tu grupo',
  fr: 'Rejoignez votre groupe',
  de: 'Treten Sie Ihrer Gruppe bei',
  pt: 'Entre no seu grupo',
  ar: 'انضم إلى مجموعتك',
  'zh-Hans': '加入您的小组',
};

async function expectAccessible(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    state,
  ).toEqual([]);
}

async function expectPageLanguage(page: Page, tag: LanguageTag) {
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');
}

/** The picker, found the way a learner lost in a foreign script would: by the English word in its name. */
const picker = (page: Page) => page.getByRole('group', { name: /Language/ });

test.describe('kiosk in every language', () => {
  test.setTimeout(240_000);

  test('a learner signs up in each language: form, errors, countdown, success; the next starts in the default', async ({
    app,
    kiosk: page,
    shot,
  }) => {
    const group = (await app.api('groups-create', { name: 'Leeds Induction' })).value;
    const course = (await app.api('courses-create', { title: 'Forklift safety' })).value;
    await app.api('group-courses-set', { groupId: group.id, courseIds: [course.id] });
    await page.clock.install();

    for (const tag of LANGUAGE_TAGS) {
      const t = wordsIn(tag);
      const label = (id: KioskMessageId) => page.getByLabel(t(id));
      // Each language on a kiosk session of its own, so each meets the wrong-code delay afresh.
      await page.goto(await app.link('kiosk'));
      // Time moves only when the test moves it, so every count on screen is the one expected.
      await page.clock.pauseAt(((await page.evaluate('Date.now()')) as number) + 1000);
      await expect(page.getByRole('heading', { name: 'Join your group' })).toBeVisible();
      await expectPageLanguage(page, 'en');

      // The picker: a globe, every language named in itself, and a name in this language and in English.
      await expect(picker(page).locator('label')).toHaveText(LANGUAGE_TAGS.map((l) => LANGUAGE_NAMES[l]));
      for (const l of LANGUAGE_TAGS) await expect(picker(page).getByRole('radio', { name: LANGUAGE_NAMES[l] })).toHaveCount(1);
      await picker(page).getByRole('radio', { name: LANGUAGE_NAMES[tag] }).check();
      await expect(page.getByRole('heading', { name: HEADINGS[tag] })).toBeVisible();
      await expectPageLanguage(page, tag);
      await expect(page).toHaveTitle(t('page.title'));
      const word = t('language.label');
      await expect(picker(page)).toHaveAccessibleName(tag === 'en' ? 'Language' : `${word} / Language`);

      // A field error and a server error, each in this language.
      await label('form.name').fill('Amal Haddad');
      await label('form.email').fill('amal@');
      await label('form.code').fill('WRNG-C0DE');
      await page.getByRole('button', { name: t('form.submit') }).click();
      await expect(page.getByText(t('check.emailInvalid')).first()).toBeVisible();
      await expect(label('form.email')).toHaveAttribute('aria-invalid', 'true');
      await label('form.email').fill(`learner.${tag}@example.com`);
      await page.getByRole('button', { name: t('form.submit') }).click();
      await expect(page.locator('[data-announcer]')).toHaveText(t('error.code-unknown'));
      await expect(page.getByText(t('error.code-unknown')).and(page.locator(':not([data-announcer])'))).toBeVisible();

      // Five wrong codes are free; the sixth starts the countdown, worded with the language's plurals.
      for (let i = 0; i < 5; i++) {
        await label('form.code').fill(`WRNG-C0D${i}`);
        await page.getByRole('button', { name: t('form.submit') }).click();
        await expect(page.locator('[data-announcer]')).toHaveText(t('error.code-unknown'));
      }
      const countdown = page.getByTestId('throttle-countdown');
      await expect(countdown).toHaveText(t('form.throttled', { seconds: 5 }));
      await expect(page.getByRole('button', { name: t('form.submit') })).toBeDisabled();
      await shot(page, `kiosk-lang-${tag}-throttled`);
      await page.clock.runFor(3000);
      await expect(countdown).toHaveText(t('form.throttled', { seconds: 2 }));
      await page.clock.runFor(1000);
      await expect(countdown).toHaveText(t('form.throttled', { seconds: 1 }));
      // axe runs on timers of its own: time flows again while it looks.
      await page.clock.resume();
      await expectAccessible(page, `${tag} form with an error and the countdown`);
      await expect(countdown).toBeHidden();

      // The right code: the success screen in this language, the email still reading left to right.
      // The server's delay runs on its own clock, which the page's fake one ran ahead of: the learner
      // tries again until it has passed, as they would.
      await label('form.code').fill(group.joinCode);
      await expect(async () => {
        await page.getByRole('button', { name: t('form.submit') }).click({ timeout: 1000 });
        await expect(page.getByRole('heading', { name: t('success.title') })).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByTestId('joined-group')).toHaveText('Leeds Induction');
      await expect(page.getByText('l•••@example.com')).toHaveAttribute('dir', 'ltr');
      await expect(page.getByText(t('success.courses'))).toBeVisible();
      await expectPageLanguage(page, tag);
      await expectAccessible(page, `${tag} success`);
      await shot(page, `kiosk-lang-${tag}-success`);

      // Done: the next learner starts in the room's default language.
      await page.getByRole('button', { name: t('success.done') }).click();
      await expect(page.getByRole('heading', { name: 'Join your group' })).toBeVisible();
      await expectPageLanguage(page, 'en');
      await expect(picker(page).getByRole('radio', { name: 'English' })).toBeChecked();
    }
  });

  test('the room’s default language: set by the admin, offered languages only, back after an idle reset', async ({
    app,
    kiosk: page,
    shot,
  }) => {
    expect((await app.api('kiosk-settings-update', { defaultLanguage: 'fr', languages: ['en', 'es'] })).error).toMatchObject({
      code: 'validation',
      field: 'defaultLanguage',
    });
    const saved = await app.api('kiosk-settings-update', {
      defaultLanguage: 'ar',
      languages: ['en', 'ar', 'zh-Hans'],
      idleSeconds: 10,
    });
    expect(saved.value).toMatchObject({ defaultLanguage: 'ar', languages: ['en', 'ar', 'zh-Hans'] });
    const arabic = wordsIn('ar');
    const chinese = wordsIn('zh-Hans');

    await page.clock.install();
    await page.goto(app.kioskUrl);
    await expect(page.getByRole('heading', { name: HEADINGS.ar })).toBeVisible();
    await expectPageLanguage(page, 'ar');
    // Only the languages offered, in JoinDesk's order; the picker's name is Arabic, then English.
    await expect(picker(page)).toHaveAccessibleName(`${arabic('language.label')} / Language`);
    await expect(picker(page).locator('label')).toHaveText(['English', 'العربية', '中文']);
    // Right to left: the heading starts at the right; the email and code fields still read left to right.
    const heading = (await page.getByRole('heading', { name: HEADINGS.ar }).boundingBox())!;
    const form = (await page.locator('form').boundingBox())!;
    expect(form.x + form.width - (heading.x + heading.width)).toBeLessThan(form.x + form.width / 2 - heading.x);
    await expect(page.getByLabel(arabic('form.email'))).toHaveCSS('direction', 'ltr');
    await expect(page.getByLabel(arabic('form.code'))).toHaveCSS('direction', 'ltr');
    await expect(page.getByLabel(arabic('form.name'))).toHaveCSS('unicode-bidi', 'plaintext');
    await expectAccessible(page, 'ar default');
    await shot(page, 'kiosk-lang-ar-default');

    // A learner picks Chinese and starts typing, then walks away: the kiosk clears, back in Arabic.
    await page.clock.pauseAt(((await page.evaluate('Date.now()')) as number) + 1000);
    await picker(page).getByRole('radio', { name: '中文' }).check();
    await expect(page.getByRole('heading', { name: HEADINGS['zh-Hans'] })).toBeVisible();
    await expectPageLanguage(page, 'zh-Hans');
    await page.getByLabel(chinese('form.name')).fill('王小明');
    await page.clock.runFor(11_000);
    const warning = page.getByRole('dialog', { name: chinese('idle.title') });
    await expect(warning).toBeVisible();
    // One second into the warning's thirty.
    await expect(warning).toContainText(chinese('idle.body', { seconds: 29 }));
    await page.clock.runFor(100);
    await shot(page, 'kiosk-lang-zh-Hans-idle');
    await page.clock.runFor(31_000);
    await expect(page.getByRole('heading', { name: HEADINGS.ar })).toBeVisible();
    await expectPageLanguage(page, 'ar');
    await expect(page.getByLabel(arabic('form.name'))).toHaveValue('');

    // A language the admin stops offering is gone from the picker at the next screen.
    await app.api('kiosk-settings-update', { languages: ['ar'] });
    await page.reload();
    await expect(page.getByRole('heading', { name: HEADINGS.ar })).toBeVisible();
    await expect(picker(page)).toHaveCount(0);
  });
});
