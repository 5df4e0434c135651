import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { adminWords } from './adminWords';
import { expect, SCREENSHOT_DIR, test } from './fixtures';

/** A screenshot of the window as it is (1280×800), for a person to look at. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.JOINDESK_SHOTS_DIR ?? path.join(SCREENSHOT_DIR, 'learners');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), animations: 'disabled' });
}

async function expectAccessible(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    where,
  ).toEqual([]);
}

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** A list as the page writes it ("a, b and c" in its language): Chromium's own Intl, as the screen uses. */
const listIn = (page: Page, tag: string, parts: string[]) =>
  page.evaluate(([locale, items]) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items), [
    tag,
    parts,
  ] as const);

const go = (page: Page, hash: string) => page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);

for (const tag of ['ar', 'zh-Hans', 'de'] as const) {
  test(`learners: list, drawer, edit, merge and bulk upload in ${tag}`, async ({ app, admin: page }) => {
    test.setTimeout(120_000);
    const { say: w } = adminWords(tag);
    const { must } = app;
    const morning = await must('groups-create', { name: 'Morning' });
    const evening = await must('groups-create', { name: 'Evening', role: 'instructor' });
    const night = await must('groups-create', { name: 'Night Shift' });
    const safety = await must('courses-create', { title: 'Ladder safety' });
    await must('group-courses-set', { groupId: morning.id, courseIds: [safety.id] });
    const typo = await must('learners-add', { name: 'Siobhan Kely', email: 'siobhan@exmaple.com', groupId: evening.id });
    const siobhan = await must('learners-add', { name: "Siobhan O'Brien", email: 'siobhan@example.com', groupId: evening.id });
    await must('learners-reassign', { learnerId: siobhan.id, groupId: morning.id, reason: 'Shift change' });
    await must('learners-update', { id: siobhan.id, role: 'manager' });
    await must('progress-set', { learnerId: siobhan.id, courseId: safety.id, status: 'completed' });
    await must('join-code-settings', { groupId: night.id, maxUses: 3 });
    await must('kiosk-register', { name: 'Walk In', email: 'walk@example.com', code: night.joinCode });

    expect((await app.api('language-settings-update', { language: tag })).ok).toBe(true);
    await page.goto(app.adminUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');

    // The list, searched: its count in words, roles and how each joined named in this language.
    await go(page, '#/learners');
    await expect(page.getByRole('heading', { name: w('learners.page.title'), level: 2 })).toBeVisible();
    await page.getByRole('textbox', { name: w('learners.page.search.label') }).fill('siob');
    await expect(page.getByTestId('learner-count')).toHaveText(w('learners.table.count', { n: 2 }));
    const table = page.getByRole('table', { name: w('learners.table.label') });
    await expect(table).toContainText(w('learners.role.manager'));
    await expect(table).toContainText(w('learners.source.admin'));
    await shot(page, `learners-list-${tag}`);
    await expectAccessible(page, `learners-list-${tag}`);

    // The drawer: the move reads as one sentence, whatever the direction of its names.
    await page.getByRole('button', { name: "Siobhan O'Brien", exact: true }).click();
    const drawer = page.getByRole('dialog', { name: "Siobhan O'Brien", exact: true });
    const details = drawer.getByRole('table', { name: w('learners.drawer.details') });
    await expect(details).toContainText(w('learners.role.manager'));
    await expect(details).toContainText(w('learners.drawer.source.admin'));
    await expect(drawer.getByRole('list', { name: w('learners.drawer.courses') })).toContainText(w('learners.status.completed'));
    await expect(drawer.getByRole('listitem').filter({ hasText: 'Shift change' })).toHaveText(
      new RegExp(
        `^.+${w('learners.drawer.moveWithReason', {
          when: '',
          fromGroup: 'named',
          from: 'Evening',
          toGroup: 'named',
          to: 'Morning',
          reason: 'Shift change',
        })
          .trim()
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
    await shot(page, `learner-drawer-${tag}`);
    await expectAccessible(page, `learner-drawer-${tag}`);

    // Edit: the roles are words of this language.
    await drawer.getByRole('button', { name: w('learners.drawer.edit'), exact: true }).click();
    const edit = page.getByRole('dialog', { name: w('learners.edit.title', { name: "Siobhan O'Brien" }) });
    await edit.getByRole('combobox', { name: w('learners.field.role') }).click();
    for (const role of ['learner', 'instructor', 'manager'] as const) {
      await expect(page.getByRole('option', { name: w(`learners.role.${role}`), exact: true })).toBeVisible();
    }
    await shot(page, `learner-edit-${tag}`);
    await page.keyboard.press('Escape');
    await edit.getByRole('button', { name: w('learners.action.cancel') }).click();
    await expect(edit).toBeHidden();

    // Merge: the two side by side, and what will happen.
    await drawer.getByRole('button', { name: w('learners.drawer.merge') }).click();
    const merge = page.getByRole('dialog', { name: w('learners.merge.title', { name: "Siobhan O'Brien" }) });
    await merge.getByLabel(w('learners.merge.find.label')).fill('siobhan');
    await merge.getByRole('button', { name: w('learners.merge.chooseName', { name: typo.name }) }).click();
    await expect(merge.getByRole('group', { name: w('learners.merge.kept.label') })).toContainText(
      w('learners.merge.courses', { done: 1, total: 1 }),
    );
    await expect(merge.getByRole('list', { name: w('learners.merge.whatHappens') })).toContainText(
      w('learners.merge.otherGroup', { keptGroup: 'Morning', mergedGroup: 'Evening' }),
    );
    await shot(page, `learner-merge-${tag}`);
    await expectAccessible(page, `learner-merge-${tag}`);
    await merge.getByRole('button', { name: w('learners.action.cancel') }).click();
    await page.keyboard.press('Escape');

    // Bulk upload: the count line as whole sentences, the maximum, each problem row's reason.
    await go(page, '#/learners/import');
    await expect(page.getByRole('heading', { name: w('learners.import.title'), level: 2 })).toBeVisible();
    const roster = [
      'Full name,E-mail,Group name',
      'Ana Ruiz,ana@example.com,Night Shift',
      'Bo Chen,bo@example.com,Night Shift',
      'Cy Diaz,cy@example.com,Night Shift',
      'Bad Row,not-an-email,Night Shift',
      'Known Person,siobhan@example.com,Morning',
      '"=SUM(1,2)",dee@example.com,Atlantis',
    ].join('\r\n');
    await upload(page, 'roster.csv', roster);
    const reasons = await listIn(page, tag, [
      w('learners.import.skipped.registered', { n: 1 }),
      w('learners.import.skipped.full', { n: 1 }),
      w('learners.import.skipped.invalid', { n: 2 }),
    ]);
    await expect(page.getByTestId('import-counts')).toHaveText(
      w('learners.import.counts.some', { total: 6, added: 2, skipped: 4, reasons }),
    );
    await expect(page.getByRole('table', { name: w('learners.import.problems.label') })).toContainText(
      w('import.row.noGroupNamed', { group: 'Atlantis' }),
    );
    const raise = w('learners.import.limit.raise', {
      changes: w('learners.import.limit.change', { group: 'Night Shift', from: 3, to: 4 }),
    });
    await expect(page.getByRole('radio', { name: raise })).toBeVisible();
    await shot(page, `import-preview-${tag}`);
    await expectAccessible(page, `import-preview-${tag}`);
    await page.getByRole('radio', { name: raise }).check();
    await page.getByRole('button', { name: w('learners.import.submit', { n: 3 }) }).click();

    // The summary, and the rows not imported as a file: the file's own columns, then ours in this language.
    await expect(page.getByTestId('import-summary')).toContainText(
      w('learners.import.summary.some', {
        added: 3,
        moved: 0,
        skipped: 3,
        reasons: await listIn(page, tag, [
          w('learners.import.skipped.registered', { n: 1 }),
          w('learners.import.skipped.invalid', { n: 2 }),
        ]),
      }),
    );
    await expect(page.getByRole('heading', { name: w('learners.import.rejected.heading', { n: 3 }) })).toBeVisible();
    await shot(page, `import-summary-${tag}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: w('learners.import.rejected.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(w('learners.import.rejected.file', { name: 'roster' }));
    const rows = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([
      'Full name',
      'E-mail',
      'Group name',
      w('learners.import.rejected.rowColumn'),
      w('learners.import.rejected.reasonColumn'),
    ]);
    expect(rows.slice(1).map((r) => [r[3], r[4]])).toEqual([
      ['5', w('field.emailInvalid')],
      ['6', w('import.row.member', { group: 'Morning' })],
      ['7', w('import.row.noGroupNamed', { group: 'Atlantis' })],
    ]);
  });
}
