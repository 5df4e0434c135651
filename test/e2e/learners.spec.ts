import fs from 'node:fs';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

test('courses, kiosk course list, reassignment and bulk upload', async ({ app, admin: adminTab, kiosk: kioskTab, shot }) => {
  test.setTimeout(180_000);
  const admin = new AdminPage(adminTab);
  const kiosk = new KioskPage(kioskTab);
  const nav = (name: string) => adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

  await admin.open(app.adminUrl);
  await admin.createGroup('Warehouse Wave 1');
  const code = await admin.readCodeByHover();
  await admin.goToGroups();
  await admin.createGroup('Office Wave 1');

  // Courses: created on the Courses page, assigned from both sides.
  await nav('Courses');
  for (const title of ['Fire safety', 'Forklift basics']) {
    await adminTab.getByRole('button', { name: 'New course' }).click();
    await adminTab.getByRole('dialog').getByLabel('Title').fill(title);
    await adminTab.getByRole('dialog').getByRole('button', { name: 'Create course' }).click();
    await expect(adminTab.getByRole('table', { name: 'Courses' }).getByText(title)).toBeVisible();
  }
  await adminTab.getByRole('button', { name: 'Edit Fire safety' }).click();
  await adminTab.getByRole('dialog').getByRole('combobox', { name: 'Groups that get this course' }).click();
  await adminTab.getByRole('option', { name: 'Office Wave 1' }).click();
  await adminTab.getByRole('option', { name: 'Warehouse Wave 1' }).click();
  await adminTab.keyboard.press('Escape');
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Save course' }).click();
  await expect(adminTab.getByRole('row', { name: /Fire safety/ })).toContainText('2');
  await shot(adminTab, 'courses');

  await nav('Groups');
  await admin.openGroup('Warehouse Wave 1');
  await adminTab.getByRole('tab', { name: 'Courses' }).click();
  await adminTab.getByRole('combobox', { name: 'Courses' }).click();
  await adminTab.getByRole('option', { name: 'Forklift basics' }).click();
  await adminTab.keyboard.press('Escape');
  await adminTab.getByRole('button', { name: 'Save courses' }).click();
  await expect(adminTab.getByText('Warehouse Wave 1 now has 2 courses.')).toBeVisible();
  await shot(adminTab, 'group-courses');

  // The kiosk shows the group's courses on success — no course code needed.
  await kiosk.open(app.kioskUrl);
  await kiosk.submit({ name: 'Maria Gonzalez', email: 'maria.g@example.com', code });
  await expect(kiosk.joinedGroup()).toHaveText('Warehouse Wave 1');
  await expect(kioskTab.getByRole('listitem')).toHaveText(['Fire safety', 'Forklift basics']);
  await shot(kioskTab, 'kiosk-success-courses');
  await kiosk.done();

  // She joined the wrong wave: the admin moves her; the course both groups share stays.
  await nav('Learners');
  await adminTab.getByRole('textbox', { name: 'Search learners' }).fill('gonz');
  await adminTab.getByRole('button', { name: 'Maria Gonzalez' }).click();
  const drawer = adminTab.getByRole('dialog', { name: 'Maria Gonzalez', exact: true });
  await expect(drawer.getByRole('list', { name: 'Courses' })).toContainText('Forklift basics');
  await drawer.getByRole('button', { name: 'Reassign' }).click();
  const move = adminTab.getByRole('dialog', { name: 'Move Maria Gonzalez to another group' });
  await move.getByRole('combobox', { name: 'New group' }).fill('Office');
  await adminTab.getByRole('option', { name: 'Office Wave 1' }).click();
  await move.getByLabel('Reason (optional)').fill('Works in the office, not the warehouse');
  await move.getByRole('button', { name: 'Move learner' }).click();
  await expect(drawer.getByRole('table', { name: 'Learner details' })).toContainText('Office Wave 1');
  await expect(drawer.getByRole('list', { name: 'Courses' })).toHaveText(/Fire safety/);
  await expect(drawer.getByRole('list', { name: 'Courses' })).not.toContainText('Forklift');
  await expect(drawer).toContainText('Warehouse Wave 1 → Office Wave 1 (Works in the office, not the warehouse)');
  await shot(adminTab, 'learner-reassigned');
  await adminTab.keyboard.press('Escape');

  // Bulk upload: template, a file with problems, then a large good file with a progress bar.
  await adminTab.getByRole('button', { name: 'Bulk upload' }).click();
  const [download] = await Promise.all([
    adminTab.waitForEvent('download'),
    adminTab.getByRole('button', { name: 'Download template' }).click(),
  ]);
  const template = fs.readFileSync((await download.path())!, 'utf8');
  expect(template.startsWith('\uFEFFname,email,group\r\n')).toBe(true);

  const bad = [
    'name,email,group',
    'Good Person,good@example.com,Office Wave 1',
    'Bad Email,not-an-email,Office Wave 1',
    'Lost Person,lost@example.com,Atlantis',
    'Good Again,GOOD@example.com,Office Wave 1',
    'Maria Gonzalez,maria.g@example.com,Warehouse Wave 1',
  ].join('\r\n');
  await adminTab
    .locator('input[type=file]')
    .setInputFiles({ name: 'roster-with-problems.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await expect(adminTab.getByTestId('import-counts')).toHaveText(
    '5 rows: 1 to add; 4 skipped (1 already registered, 1 duplicate, 2 with problems).',
  );
  const problems = adminTab.getByRole('table', { name: 'Rows with problems' });
  await expect(problems).toContainText('Enter a valid email address');
  await expect(problems).toContainText('There is no group named “Atlantis”.');
  await expect(problems).toContainText('This email is already on row 2 of the file.');
  await shot(adminTab, 'import-preview-errors');
  await adminTab.getByRole('radio', { name: /Move them/ }).check();
  await adminTab.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(adminTab.getByTestId('import-summary')).toContainText(
    '1 added, 1 moved; 3 skipped (1 duplicate, 2 with problems).',
  );

  const big = [
    'name,email,group',
    ...Array.from(
      { length: 100_000 },
      (_, i) => `"Trainee ${i}, Sr",trainee${i}@example.com,${i % 2 ? 'Office Wave 1' : 'Warehouse Wave 1'}`,
    ),
  ].join('\n');
  await adminTab
    .locator('input[type=file]')
    .setInputFiles({ name: 'roster-100k.csv', mimeType: 'text/csv', buffer: Buffer.from(big) });
  await expect(adminTab.getByTestId('import-counts')).toHaveText('100,000 rows: 100,000 to add; none skipped.', {
    timeout: 30_000,
  });
  await adminTab.getByRole('button', { name: 'Import 100,000 rows' }).click();
  await expect(adminTab.getByTestId('import-progress')).toHaveText(/Importing… [\d,]+ of 100,000 rows/);
  await expect(adminTab.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await shot(adminTab, 'import-progress');
  await expect(adminTab.getByTestId('import-summary')).toContainText('100,000 added, 0 moved; none skipped.', {
    timeout: 60_000,
  });
  await shot(adminTab, 'import-done');

  // The roster scrolls through all of them.
  await nav('Learners');
  await expect(adminTab.getByTestId('learner-count')).toHaveText('100,002 learners');
  const table = adminTab.getByRole('table', { name: 'Learners' });
  await table.evaluate((el) => {
    const scroller = el as unknown as { scrollTop: number; scrollHeight: number };
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(table.getByText('Trainee 0, Sr')).toBeVisible();
  await adminTab.getByRole('textbox', { name: 'Search learners' }).fill('trainee99999');
  await expect(adminTab.getByTestId('learner-count')).toHaveText('1 learner');
  await shot(adminTab, 'learners-search');
});
