import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

test('progress, dashboard, exports, group report, backup and restore', async ({ app, admin: adminTab, shot }) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(adminTab);
  const nav = (name: string) => adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  // A class with two courses and four learners (arranged over the API; the screens below are the test).
  const group = (await app.api('groups-create', { name: 'Forklift Wave 5' })).value;
  const courses = [];
  for (const title of ['Fire safety', 'Forklift basics']) courses.push((await app.api('courses-create', { title })).value);
  await app.api('group-courses-set', { groupId: group.id, courseIds: courses.map((c) => c.id) });
  for (const name of ['Ana Ruiz', 'Bo Chen', 'Cy Diaz', '=HYPERLINK("http://x")']) {
    await app.api('learners-add', { name, email: `${name.replace(/\W+/g, '').toLowerCase()}@example.com`, groupId: group.id });
  }

  // Progress: one cell by hand, then a course for a selection at once.
  await admin.open(app.adminUrl);
  await admin.openGroup('Forklift Wave 5');
  await adminTab.getByRole('tab', { name: 'Progress' }).click();
  await adminTab
    .getByRole('textbox', { name: 'Forklift basics for Ana Ruiz' })
    .or(adminTab.getByRole('combobox', { name: 'Forklift basics for Ana Ruiz' }))
    .first()
    .click();
  await adminTab.getByRole('option', { name: 'Completed' }).click();
  await expect(adminTab.getByTestId('group-percent')).toHaveText('12.5%');
  await adminTab.getByRole('checkbox', { name: 'Select Ana Ruiz' }).check();
  await adminTab.getByRole('checkbox', { name: 'Select Bo Chen' }).check();
  await adminTab
    .getByRole('combobox', { name: 'Mark a course completed for the selected learners' })
    .or(adminTab.getByRole('textbox', { name: 'Mark a course completed for the selected learners' }))
    .first()
    .click();
  await adminTab.getByRole('option', { name: 'Fire safety' }).click();
  await adminTab.getByRole('button', { name: 'Mark completed (2)' }).click();
  await expect(adminTab.getByTestId('group-percent')).toHaveText('37.5%');
  await expect(adminTab.getByRole('table', { name: 'Progress' })).toContainText('Fire safety50% completed');
  await shot(adminTab, 'progress-grid');

  // The group report, as a PDF.
  await adminTab.getByRole('button', { name: 'Group report' }).click();
  await expect(adminTab.getByTestId('group-report')).toContainText('37.5% of courses completed');
  await adminTab.emulateMedia({ media: 'print' });
  const pdf = path.join(SCREENSHOT_DIR, 'group-report.pdf');
  await adminTab.pdf({ path: pdf, format: 'A4' });
  await adminTab.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, path.join(SCREENSHOT_DIR, 'group-report-pdf')]);
  expect(fs.statSync(path.join(SCREENSHOT_DIR, 'group-report-pdf.png')).size).toBeGreaterThan(10_000);
  await adminTab.getByRole('button', { name: /Back to Forklift Wave 5/ }).click();

  // The dashboard: charts with the numbers beside them.
  await nav('Reports');
  await expect(adminTab.getByTestId('registrations-90')).toHaveText('4');
  await expect(adminTab.getByRole('table', { name: 'Completion by group' })).toContainText('Forklift Wave 537.5%');
  await expect(adminTab.getByRole('table', { name: 'Completion by course' })).toContainText('Fire safety50%');
  await expect(adminTab.locator('.recharts-surface').first()).toBeVisible();
  await shot(adminTab, 'dashboard');

  // Every export, downloaded and read back.
  const exported: Record<string, string[][]> = {};
  for (const [label, kind] of [
    ['Groups', 'groups'],
    ['Learners', 'learners'],
    ['Progress', 'progress'],
    ['Roster for Moodle (upload users)', 'moodle-users'],
  ] as const) {
    await adminTab
      .getByRole('combobox', { name: 'What' })
      .or(adminTab.getByRole('textbox', { name: 'What' }))
      .first()
      .click();
    await adminTab.getByRole('option', { name: label, exact: true }).click();
    const [download] = await Promise.all([
      adminTab.waitForEvent('download'),
      adminTab.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^joindesk-${kind}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    exported[kind] = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  }
  expect(exported.groups![1]![0]).toBe('Forklift Wave 5');
  expect(exported.learners!.map((r) => r[0])).toContain('\'=HYPERLINK("http://x")');
  expect(exported.progress).toContainEqual(expect.arrayContaining(['Ana Ruiz', 'Forklift basics', 'completed']));
  expect(exported['moodle-users']![0]).toEqual(['username', 'firstname', 'lastname', 'email', 'cohort1']);
  expect(exported['moodle-users']).toContainEqual([
    'anaruiz@example.com',
    'Ana',
    'Ruiz',
    'anaruiz@example.com',
    'Forklift Wave 5',
  ]);

  // The audit log: filtered to one action.
  await adminTab
    .getByRole('combobox', { name: 'Action' })
    .or(adminTab.getByRole('textbox', { name: 'Action' }))
    .first()
    .fill('learner-added');
  await adminTab.getByRole('option', { name: 'learner-added' }).click();
  await expect(adminTab.getByRole('table', { name: 'Audit log' }).getByRole('row')).toHaveCount(5);
  await expect(adminTab.getByRole('table', { name: 'Audit log' })).not.toContainText('Ana');
  await shot(adminTab, 'audit-log');

  // Backup, a change, then restore: the change is gone and the data before it is back. No path is
  // typed anywhere: backups are picked from JoinDesk's own list, and files move as downloads and uploads.
  await nav('Settings');
  await adminTab.getByRole('button', { name: 'Back up now' }).click();
  await expect(adminTab.getByTestId('backup-message')).toContainText('Backup made and checked');
  const backups = adminTab.getByRole('table', { name: 'Backups' });
  await expect(backups.getByRole('row')).toHaveCount(2);
  await expect(backups).toContainText('Made by hand');
  const downloading = adminTab.waitForEvent('download');
  await backups.getByRole('button', { name: 'Download' }).first().click();
  const downloaded = path.join(app.dataDir, '..', `${path.basename(app.dataDir)}-download.db`);
  await (await downloading).saveAs(downloaded);
  const copy = new Database(downloaded);
  expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(copy.prepare('SELECT name FROM groups').pluck().all()).toEqual(['Forklift Wave 5']);
  // A crafted copy, with a trigger that would move every new learner: uploaded, then refused at restore.
  copy.exec('CREATE TRIGGER move_them AFTER INSERT ON learners BEGIN UPDATE learners SET group_id = 0 WHERE id = NEW.id; END;');
  copy.close();
  await app.api('groups-create', { name: 'Made after the backup' });

  const upload = async (file: string) => {
    const choosing = adminTab.waitForEvent('filechooser');
    await adminTab.getByRole('button', { name: 'Add a backup file…' }).click();
    await (await choosing).setFiles(file);
  };
  fs.writeFileSync(path.join(app.dataDir, '..', 'not-a-backup.txt'), 'hello');
  await upload(path.join(app.dataDir, '..', 'not-a-backup.txt'));
  await expect(adminTab.getByTestId('backup-message')).toHaveText('That file is not a JoinDesk backup (not an SQLite database).');
  await upload(downloaded);
  await expect(adminTab.getByTestId('backup-message')).toContainText('was added to the list');
  const uploadedRow = backups.getByRole('row').filter({ hasText: 'Added from a file' });
  await uploadedRow.getByRole('button', { name: /^Restore/ }).click();
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(adminTab.getByTestId('backup-message')).toContainText('unexpected trigger "move_them"');

  await backups
    .getByRole('row')
    .filter({ hasText: 'Made by hand' })
    .getByRole('button', { name: /^Restore/ })
    .click();
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(adminTab.getByTestId('backup-message')).toContainText('Restored the backup from');
  await expect(backups).toContainText('Before a restore');
  await shot(adminTab, 'backup-restored');
  await nav('Groups');
  await expect(admin.groupRows()).toHaveCount(1);
  await expect(admin.groupRows().first()).toContainText('Forklift Wave 5');
});
