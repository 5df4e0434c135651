import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LANGUAGE_NAMES } from '../../src/shared/languages';
import type { LanguageTag } from '../../src/shared/languages';
import { adminWords } from './adminWords';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

/**
 * The seed walkthrough on the admin's side, in Arabic (right to left) and in Chinese: found by the
 * words a reader of that language sees, with `lang` and `dir` on the page, axe on every screen, and
 * no English left on any of them but what people typed (names, emails, codes) and JoinDesk's own name.
 */

const GROUP = 'Spring 2027 Warehouse Cohort';
const DESCRIPTION = 'New hires starting in March, Leeds site.';
const OTHER = 'Night Shift Team';
const PEOPLE = ['Ana Ruiz', 'Li Wei'];
/** Latin words that are not English left behind: data typed in, the product, acronyms every language keeps. */
const NOT_ENGLISH = new Set(
  [
    GROUP,
    DESCRIPTION,
    OTHER,
    ...PEOPLE,
    ...PEOPLE.map((name) => name.toLowerCase()),
    'Spring-2027-Leeds',
    'example com',
    'JoinDesk PIN CSV PDF QR Moodle Excel UTC UTF YYYY MM DD HH Wi Fi HTTP',
    ...Object.values(LANGUAGE_NAMES),
  ]
    .flatMap((s) => s.split(/[^\p{L}]+/u))
    .filter(Boolean),
);

/**
 * Latin words on screen (text, and the names and hints read aloud), each once — but not a join
 * code's letters, and not what is hidden from everyone (Mantine's measuring textarea).
 */
const LATIN_WORDS = `(() => {
  const texts = [document.body.innerText, document.title];
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
    if (el.closest('[aria-hidden="true"]')) continue;
    for (const a of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(a)) texts.push(el.getAttribute(a));
  }
  const text = texts.join(' ').replace(/[0-9A-Z]{4}-[0-9A-Z]{4}/g, ' ');
  return [...new Set((text.match(/\\p{L}+/gu) ?? []).filter((word) => word.replace(/[^A-Za-z]/g, '').length > 1))];
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
    const { say } = adminWords(tag);
    const admin = new AdminPage(page, say);
    expect((await app.api('language-settings-update', { language: tag })).ok).toBe(true);
    const check = async (name: string) => {
      await expectReadable(page, tag, name);
      await shot(page, `walkthrough-${tag}-${name}`);
    };

    // Groups: empty at first; a new group gets a generated code at once, masked until revealed.
    await admin.open(app.adminUrl);
    await expect(page.getByText(say('groups.list.empty'))).toBeVisible();
    await check('01-groups-empty');
    await admin.createGroup(GROUP, DESCRIPTION);
    await expect(admin.codeValue()).toHaveText('••••-••••');
    const firstCode = await admin.readCodeByHover();
    await page.getByRole('button', { name: say('groups.code.showAria') }).click();
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
    await expect(page.getByText(say('groups.edit.tooShort', { n: 6 }))).toBeVisible();
    await editor.fill(otherCode.toLowerCase());
    await page.getByRole('button', { name: say('groups.save'), exact: true }).click();
    await expect(page.getByText(say('joinCode.takenLive'))).toBeVisible();
    await check('04-edit-code-taken');
    await editor.fill('Spring-2027-Leeds');
    await page.getByRole('button', { name: say('groups.save'), exact: true }).click();
    await expect(admin.codeValue()).toHaveText('Spring-2027-Leeds');
    await page.getByRole('button', { name: say('groups.code.regenerate') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('05-regenerate-confirm');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: say('groups.regenerate.confirm') })
      .click();
    await expect(admin.codeValue()).not.toHaveText('Spring-2027-Leeds');

    // Members: both learners, the tab's count in this language's words and digits.
    await admin.openTab(new RegExp(`^${say('groups.tab.members', { n: 2 }).replace(/[()]/g, '\\$&')}$`));
    const members = page.getByRole('table', { name: say('learners.table.label') });
    for (const name of PEOPLE) await expect(members.getByText(name)).toBeVisible();
    await check('06-members');

    // Every other screen, as the menu reaches it.
    const nav = page.getByRole('navigation', { name: say('app.nav.label') });
    for (const [link, heading, name] of [
      ['app.nav.learners', 'learners.page.title', '07-learners'],
      ['app.nav.courses', 'courses.title', '08-courses'],
      ['app.nav.reports', 'reports.title', '09-reports'],
      ['app.nav.kiosk', 'kiosk.title', '10-kiosk'],
      ['app.nav.settings', 'settings.title', '11-settings'],
    ] as const) {
      await nav.getByRole('link', { name: say(link) }).click();
      await expect(page.getByRole('heading', { name: say(heading), level: 2 })).toBeVisible();
      await check(name);
    }
  });
}
