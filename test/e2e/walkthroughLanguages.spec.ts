import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/shared/languages';
import type { LanguageTag } from '../../src/shared/languages';
import { adminWords, keyOf } from './adminWords';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

/**
 * The seed walkthrough on the admin's side, in Arabic (right to left) and in Chinese: found by the
 * words a reader of that language sees, with `lang` and `dir` on the page, axe on every screen, and
 * no English left on any of them but what people typed (names, emails, codes) and JoinDesk's own name.
 */

const GROUP = 'Spring 2027 Warehouse Cohort';
const OTHER = 'Night Shift Team';
const PEOPLE = ['Ana Ruiz', 'Li Wei'];
/** Latin words that are not English left behind: data typed in, the product, acronyms every language keeps. */
const NOT_ENGLISH = new Set(
  [
    GROUP,
    OTHER,
    ...PEOPLE,
    'Spring-2027-Leeds',
    'example com',
    'JoinDesk PIN CSV PDF QR Moodle Excel',
    ...Object.values(LANGUAGE_NAMES),
  ]
    .flatMap((s) => s.split(/[^\p{L}]+/u))
    .filter(Boolean),
);

/** Latin words on screen (text, and the names and hints read aloud), each once. */
const LATIN_WORDS = `(() => {
  const texts = [document.body.innerText, document.title];
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
    for (const a of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(a)) texts.push(el.getAttribute(a));
  }
  return [...new Set(texts.join(' ').match(/[A-Za-z]{2,}/g) ?? [])];
})()`;

async function expectReadable(page: Page, tag: LanguageTag, where: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', tag);
  await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');
  await expect
    .poll(() =>
      page.evaluate<boolean>(
        `document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)`,
      ),
    )
    .toBe(true);
  const { violations } = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect
    .soft(
      bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
      `${tag} ${where}: axe`,
    )
    .toEqual([]);
  const english = (await page.evaluate<string[]>(LATIN_WORDS)).filter((word) => !NOT_ENGLISH.has(word));
  expect.soft(english, `${tag} ${where}: English left on screen`).toEqual([]);
}

for (const tag of ['ar', 'zh-Hans'] as const) {
  test(`the seed walkthrough in ${LANGUAGE_NAMES[tag]}: groups, join code, members, every admin screen`, async ({
    app,
    admin: page,
    shot,
  }) => {
    test.setTimeout(180_000);
    const { say, pattern } = adminWords(tag);
    const w = (english: string) => say(keyOf(english));
    const admin = new AdminPage(page, w);
    expect((await app.api('language-settings-update', { language: tag })).ok).toBe(true);
    const check = async (name: string) => {
      await expectReadable(page, tag, name);
      await shot(page, `walkthrough-${tag}-${name}`);
    };

    // Groups: empty at first; a new group gets a generated code at once, masked until revealed.
    await admin.open(app.adminUrl);
    await expect(page.getByText(w('No groups yet. Create one to get its join code.'))).toBeVisible();
    await check('01-groups-empty');
    await admin.createGroup(GROUP, 'New hires starting in March, Leeds site.');
    await expect(admin.codeValue()).toHaveText('••••-••••');
    const firstCode = await admin.readCodeByHover();
    await page.getByRole('button', { name: w('Show join code') }).click();
    await expect(admin.codeValue()).toHaveText(firstCode);
    await check('02-group-settings');
    await admin.goToGroups();
    await admin.createGroup(OTHER);
    const otherCode = await admin.readCodeByHover();
    await admin.goToGroups();
    await expect(admin.groupRows()).toHaveCount(2);
    await check('03-groups');

    // Learners sign up at the kiosk (its own languages are proven elsewhere) and land in the group.
    for (const name of PEOPLE) {
      const email = `${name.toLowerCase().replace(' ', '.')}@example.com`;
      expect((await app.api('kiosk-register', { name, email, code: firstCode })).ok).toBe(true);
    }

    // The admin edits the code: a short one and a taken one are refused in this language.
    await admin.openGroup(GROUP);
    await admin.openTab('Settings');
    const editor = await admin.startEditingCode();
    await editor.fill('ab-c');
    await expect(page.getByText(w('A join code needs at least 6 letters or digits.'))).toBeVisible();
    await editor.fill(otherCode.toLowerCase());
    await page.getByRole('button', { name: w('Save'), exact: true }).click();
    await expect(page.getByText(w('Another group already uses this code. Choose a different one.'))).toBeVisible();
    await check('04-edit-code-taken');
    await editor.fill('Spring-2027-Leeds');
    await page.getByRole('button', { name: w('Save'), exact: true }).click();
    await expect(admin.codeValue()).toHaveText('Spring-2027-Leeds');
    await page.getByRole('button', { name: w('Regenerate code') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('05-regenerate-confirm');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: w('Regenerate') })
      .click();
    await expect(admin.codeValue()).not.toHaveText('Spring-2027-Leeds');

    // Members: both learners, the tab's count in this language's words and digits.
    await admin.openTab(pattern(keyOf('Members ({count})')));
    const members = page.getByRole('table', { name: w('Learners') });
    for (const name of PEOPLE) await expect(members.getByText(name)).toBeVisible();
    await check('06-members');

    // Every other screen, as the menu reaches it.
    const nav = page.getByRole('navigation', { name: w('Main') });
    for (const [link, name] of [
      ['Learners', '07-learners'],
      ['Courses', '08-courses'],
      ['Reports', '09-reports'],
      ['Kiosk', '10-kiosk'],
      ['Settings', '11-settings'],
    ] as const) {
      await nav.getByRole('link', { name: w(link) }).click();
      await expect(page.getByRole('heading', { name: w(link), level: 2 })).toBeVisible();
      await check(name);
    }
  });
}
