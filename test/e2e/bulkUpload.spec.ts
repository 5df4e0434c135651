import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

// Bulk upload as an admin meets it: a spreadsheet's own headers, a bad row, a group near its maximum;
// every count says what will happen, each left-out row is named, and the left-out rows come back as a file.
test('bulk upload: honest counts, named problem rows, the maximum, and the rows not imported as a file', async ({
  app,
  admin: adminTab,
  shot,
}) => {
  const admin = new AdminPage(adminTab);
  await admin.open(app.adminUrl);
  await admin.createGroup('Night Shift');
  await admin.goToGroups();
  await admin.createGroup('Day Shift');

  // Arranged through the API (not what this test is about): Night Shift has 3 seats, 1 taken at the
  // kiosk; a learner of Day Shift is already registered.
  const groups = (await app.api('groups-list', {})).value.items as { id: number; name: string; joinCode: string }[];
  const night = groups.find((g) => g.name === 'Night Shift')!;
  const day = groups.find((g) => g.name === 'Day Shift')!;
  expect((await app.api('join-code-settings', { groupId: night.id, maxUses: 3 })).ok).toBe(true);
  expect((await app.api('kiosk-register', { name: 'Walk In', email: 'walk@example.com', code: night.joinCode })).ok).toBe(true);
  expect((await app.api('learners-add', { name: 'Known Person', email: 'known@example.com', groupId: day.id })).ok).toBe(true);

  await admin.goToLearners();
  await adminTab.getByRole('button', { name: 'Bulk upload' }).click();
  await expect(adminTab.getByRole('heading', { name: 'Bulk upload', level: 2 })).toBeVisible();

  // A header the import does not know is named back, with what it expects; nothing is imported.
  await upload(adminTab, 'wrong-headers.csv', 'Nom,Courriel,Groupe\r\nAna,ana@example.com,Night Shift\r\n');
  await expect(adminTab.getByTestId('import-problem')).toContainText(
    'No name or email or group column. The first row has: “Nom”, “Courriel”, “Groupe”. JoinDesk reads: name (or first name and last name), email, and group (or join code). Nothing was imported.',
  );

  const roster = [
    'Full name,E-mail,Group name',
    'Ana Ruiz,ana@example.com,Night Shift',
    'Bo Chen,bo@example.com,Night Shift',
    'Cy Diaz,cy@example.com,Night Shift',
    'Bad Row,not-an-email,Night Shift',
    'Known Person,known@example.com,Day Shift',
    '"=SUM(1,2)",dee@example.com,Atlantis',
  ].join('\r\n');
  await upload(adminTab, 'roster.csv', roster);
  await expect(adminTab.getByTestId('import-problem')).toBeHidden();
  await expect(adminTab.getByTestId('import-counts')).toHaveText(
    '6 rows: 2 to add; 4 skipped (1 already registered, 1 past a group’s maximum, 2 with problems).',
  );
  const problems = adminTab.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row')).toHaveText([
    'RowNameEmailProblem',
    '5Bad Rownot-an-emailEnter a valid email address, like name@example.com.',
    '7=SUM(1,2)dee@example.comThere is no group named “Atlantis”.',
  ]);
  await expect(adminTab.getByRole('table', { name: 'Already registered' })).toContainText(
    'Known Personknown@example.comAlready in Day Shift: skipped',
  );
  const limit = adminTab.getByTestId('import-limit');
  await expect(limit).toContainText('Night Shift would go past its maximum');
  await expect(limit).toContainText('Night Shift: 3 seats, 1 taken. This file puts 3 in it: 1 past the maximum.');
  // Nothing goes past the maximum until the admin says what should happen.
  await expect(adminTab.getByRole('button', { name: 'Choose what happens at the maximum' })).toBeDisabled();
  await shots(adminTab, shot, 'import-preview');
  await expectNoSeriousViolations(adminTab);

  await limit.getByRole('radio', { name: 'Import all and raise the maximum (Night Shift: 3 → 4)' }).check();
  await expect(adminTab.getByTestId('import-counts')).toHaveText(
    '6 rows: 3 to add; 3 skipped (1 already registered, 2 with problems).',
  );
  await expect(adminTab.getByRole('button', { name: 'Import 3 rows' })).toBeEnabled();
  await limit.getByRole('radio', { name: /^Import only up to the maximum: leave out the last 1 row for this group/ }).check();
  await adminTab.getByRole('button', { name: 'Import 2 rows' }).click();

  await expect(adminTab.getByTestId('import-summary')).toContainText(
    '2 added, 0 moved; 4 skipped (1 already registered, 1 past a group’s maximum, 2 with problems).',
  );
  const left = adminTab.getByRole('table', { name: 'Rows not imported' });
  await expect(left.getByRole('row')).toHaveText([
    'RowNameEmailReason',
    '4Cy Diazcy@example.comNight Shift is at its maximum (3 seats).',
    '5Bad Rownot-an-emailEnter a valid email address, like name@example.com.',
    '6Known Personknown@example.comAlready in Day Shift.',
    '7=SUM(1,2)dee@example.comThere is no group named “Atlantis”.',
  ]);
  await expect(adminTab.getByRole('heading', { name: '4 rows were not imported' })).toBeVisible();
  await shots(adminTab, shot, 'import-summary');
  await expectNoSeriousViolations(adminTab);

  const [download] = await Promise.all([
    adminTab.waitForEvent('download'),
    adminTab.getByRole('button', { name: 'Download rows not imported (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('roster-not-imported.csv');
  // The file's own columns, the row and the reason; the formula cell made plain text for a spreadsheet.
  expect(fs.readFileSync((await download.path())!, 'utf8')).toBe(
    '\uFEFFFull name,E-mail,Group name,row,reason\r\n' +
      'Cy Diaz,cy@example.com,Night Shift,4,Night Shift is at its maximum (3 seats).\r\n' +
      'Bad Row,not-an-email,Night Shift,5,"Enter a valid email address, like name@example.com."\r\n' +
      'Known Person,known@example.com,Day Shift,6,Already in Day Shift.\r\n' +
      `"'=SUM(1,2)",dee@example.com,Atlantis,7,There is no group named “Atlantis”.\r\n`,
  );

  // What the summary said is what was written: the group is full, and holds exactly who the file added.
  const after = (await app.api('groups-get', { id: night.id })).value;
  expect(after).toMatchObject({ maxUses: 3, usedCount: 3, memberCount: 3 });
});

async function upload(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

/** The page at the desk's size and at a tablet's. */
async function shots(page: Page, shot: (page: Page, name: string) => Promise<void>, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The warning and the tables pass axe: no serious or critical violation (contrast, names, structure). */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}
