import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

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
  expect(exported.progress).toContainEqual(expect.arrayContaining(['Ana Ruiz', 'Forklift basics', 'Completed']));
  expect(exported.progress).toContainEqual(expect.arrayContaining(['Cy Diaz', 'Forklift basics', 'Not started', '']));
  // Completed cells carry a local date and time a spreadsheet reads as data; none is a made-up noon.
  const completedAt = exported.progress!.filter((r) => r[4] === 'Completed').map((r) => r[5]);
  expect(completedAt).toHaveLength(3);
  for (const at of completedAt) expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(exported['moodle-users']![0]).toEqual(['username', 'firstname', 'lastname', 'email', 'cohort1']);
  expect(exported['moodle-users']).toContainEqual([
    'anaruiz@example.com',
    'Ana',
    'Ruiz',
    'anaruiz@example.com',
    'Forklift Wave 5',
  ]);

  // The audit log: filtered to one action, with the learners' names.
  await adminTab
    .getByRole('combobox', { name: 'What happened' })
    .or(adminTab.getByRole('textbox', { name: 'What happened' }))
    .first()
    .fill('Learner added');
  await adminTab.getByRole('option', { name: 'Learner added' }).click();
  await expect(adminTab.getByRole('table', { name: 'Audit log' }).getByRole('row')).toHaveCount(5);
  await expect(adminTab.getByRole('table', { name: 'Audit log' })).toContainText('Ana Ruiz');
  await expect(adminTab.getByRole('table', { name: 'Audit log' })).not.toContainText('#');
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

test('the audit log names people and groups, records failed sign-ups, filters and exports', async ({
  app,
  admin: adminTab,
  kiosk: kioskTab,
  shot,
}) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(adminTab);
  const kiosk = new KioskPage(kioskTab);
  const nav = (name: string) => adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  const log = adminTab.getByRole('table', { name: 'Audit log' });
  const pick = async (label: string, option: string) => {
    const box = adminTab
      .getByRole('combobox', { name: label })
      .or(adminTab.getByRole('textbox', { name: label }))
      .first();
    await box.fill(option);
    await adminTab.getByRole('option', { name: option, exact: true }).click();
  };

  const full = (await app.api('groups-create', { name: 'Night Shift' })).value;
  await app.api('join-code-settings', { groupId: full.id, maxUses: 1 });
  const other = (await app.api('groups-create', { name: 'Day Shift' })).value;
  const course = (await app.api('courses-create', { title: 'Ladder safety' })).value;
  await app.api('group-courses-set', { groupId: other.id, courseIds: [course.id] });
  const siobhan = (await app.api('learners-add', { name: "O'Brien, Siobhan", email: 'siobhan@example.com', groupId: other.id }))
    .value;
  await app.api('progress-set', { learnerId: siobhan.id, courseId: course.id, status: 'completed' });
  const gone = (await app.api('learners-add', { name: 'Temp Person', email: 'temp@example.com', groupId: other.id })).value;
  await app.api('learners-erase', { learnerId: gone.id });

  // At the kiosk: one sign-up fills Night Shift, the next is turned away, and a wrong code is tried.
  await kiosk.open(app.kioskUrl);
  await kiosk.submit({ name: '王小明', email: 'wang@example.com', code: full.joinCode });
  await expect(kiosk.joinedGroup()).toContainText('Night Shift');
  await kiosk.done();
  await kiosk.submit({ name: 'Late Comer', email: 'late@example.com', code: full.joinCode });
  await expect(kiosk.error(/full/i).first()).toBeVisible();
  await kiosk.submit({ name: 'Late Comer', email: 'late@example.com', code: 'WXYZ-2345' });
  await expect(kiosk.error(/couldn.t find that join code/i).first()).toBeVisible();

  await admin.open(app.adminUrl);
  await nav('Reports');
  // Codes to look at: the full group, and the failed sign-ups it drew.
  const codes = adminTab.getByRole('list', { name: 'Codes to look at' });
  await expect(codes).toContainText('Night Shift: no places left (1 of 1 used)');
  await expect(codes).toContainText('Night Shift: 1 failed sign-up in the last 24 hours, mostly: group full');

  // Names, not numbers; an erased learner says so; nothing typed at the kiosk but the names of those who joined.
  await expect(log).toContainText('王小明');
  await expect(log).toContainText("O'Brien, Siobhan");
  await expect(log).toContainText('Ladder safety');
  await expect(log).toContainText('erased learner');
  await expect(log).not.toContainText('#');
  await expect(log).not.toContainText('Late Comer');
  await expect(log).not.toContainText('WXYZ');
  await expect(log.getByRole('row').filter({ hasText: 'Sign-up failed' })).toHaveCount(2);
  await expect(log).toContainText('Group full · 1 attempt · Browser kiosk on this computer');
  await expect(log.getByRole('row').filter({ hasText: 'Group full' })).toContainText('Night Shift');
  await expect(log).toContainText('Unknown code · 1 attempt');
  await adminTab.setViewportSize({ width: 1280, height: 800 });
  await adminTab.getByRole('heading', { name: 'Audit log' }).scrollIntoViewIfNeeded();
  await shotTo(adminTab, 'audit-log-1280');

  // Filters: what happened, then a group, then a date range.
  await pick('What happened', 'Sign-up failed');
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(adminTab.getByTestId('audit-total')).toHaveText('2 entries');
  await shotTo(adminTab, 'audit-log-failed-signups-1280');
  await adminTab.getByRole('button', { name: 'Clear what happened' }).click();
  await expect(adminTab.getByTestId('audit-total')).not.toHaveText('2 entries');
  const group = adminTab.getByRole('combobox', { name: 'Group' }).or(adminTab.getByRole('textbox', { name: 'Group' }));
  await group.last().fill('Day Shift');
  await adminTab.getByRole('option', { name: 'Day Shift', exact: true }).click();
  await expect(log).toContainText("O'Brien, Siobhan");
  await expect(log).not.toContainText('王小明');
  await expect(log).not.toContainText('Night Shift');

  // The CSV holds what the filters show, with names and local times.
  const [download] = await Promise.all([
    adminTab.waitForEvent('download'),
    adminTab.getByRole('button', { name: 'Download the log (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^joindesk-audit-Day-Shift-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([
    'When',
    'Who',
    'Action',
    'Group',
    'From group',
    'Learner',
    'Course',
    'Failed sign-up',
    'Attempts',
    'Kiosk',
  ]);
  expect(rows.slice(1).every((r) => r[3] === 'Day Shift')).toBe(true);
  expect(rows).toContainEqual(
    expect.arrayContaining(['Admin', 'Progress marked', 'Day Shift', '', "O'Brien, Siobhan", 'Ladder safety']),
  );
  expect(rows).toContainEqual(expect.arrayContaining(['Admin', 'Learner erased', 'Day Shift', '', 'erased learner']));
  for (const r of rows.slice(1)) expect(r[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);

  // A range that ends before these entries shows nothing; clearing it (a named button) brings them back.
  // Typed as the picker shows dates: this browser's medium date format.
  const longAgo = String(
    await adminTab.evaluate("new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(new Date(2020, 0, 15))"),
  );
  const to = adminTab
    .getByRole('textbox', { name: 'To' })
    .or(adminTab.getByRole('button', { name: 'To' }))
    .first();
  await to.fill(longAgo);
  await to.press('Tab');
  await expect(adminTab.getByText('Nothing matches these filters.')).toBeVisible();
  await expect(adminTab.getByTestId('audit-total')).toHaveText('0 entries');
  await adminTab.getByRole('button', { name: 'Clear the to date' }).click();
  await expect(log).toContainText("O'Brien, Siobhan");
  await shotTo(adminTab, 'audit-log-filtered-1280');

  await adminTab.setViewportSize({ width: 768, height: 1024 });
  await adminTab.getByRole('heading', { name: 'Audit log' }).scrollIntoViewIfNeeded();
  await shotTo(adminTab, 'audit-log-768');
  await adminTab.evaluate('window.scrollTo(0, 0)');
  await shotTo(adminTab, 'reports-768', true);
  await adminTab.setViewportSize({ width: 1280, height: 800 });
  await shotTo(adminTab, 'reports-1280', true);
  void shot;
});

/** Screenshots for the records pages, at the viewport's size (or the whole page), kept apart from the rest. */
async function shotTo(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = process.env.JOINDESK_SHOTS_DIR ?? SCREENSHOT_DIR;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({
    path: path.join(dir, `${name}.png`),
    fullPage,
    animations: 'disabled',
    style: '.mantine-Notifications-root { display: none !important; }',
  });
}
