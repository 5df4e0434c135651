import { adminWords } from './adminWords';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

// More learners than a search of short, common words looks through (40,000, those who registered last).
const LEARNERS = 40_300;

test('a search of short, common words on a large roster says how many learners it looked through', async ({
  app,
  admin: tab,
  shot,
}) => {
  test.setTimeout(180_000);
  const { say } = adminWords('en');
  await app.must('groups-create', { name: 'Big intake' });
  const rows = Array.from({ length: LEARNERS }, (_, i) => `Person ${(i * 7_919) % 100_003},person${i}@example.com,Big intake`);
  await app.must('learners-import-commit', { csv: ['name,email,group', ...rows].join('\r\n'), existing: 'skip' });

  const admin = new AdminPage(tab);
  await admin.open(app.adminUrl);
  await admin.goToLearners();
  const searchBox = tab.getByRole('textbox', { name: say('learners.page.search.label') });
  const count = tab.getByTestId('learner-count');

  // Every digit is in most names, the four together in few: the newest 40,000 are searched, and it says so.
  await searchBox.fill('1 2 3 4');
  await expect(count).toHaveText(
    / match among the 40,000 who registered last\. Type more of a name or email to search everyone\.$/,
  );
  const matches = Number(/^[\d,]+/.exec((await count.textContent())!)![0].replaceAll(',', ''));
  expect(matches).toBeGreaterThan(100);
  const firstRow = tab.getByRole('row').nth(1);
  await expect(firstRow).toContainText('Person');
  for (const digit of ['1', '2', '3', '4']) expect(await firstRow.textContent()).toContain(digit);
  await shot(tab, 'learners-search-recent');

  // A longer word is looked up in the index: every learner, counted exactly.
  await searchBox.fill('person4029');
  await expect(count).toHaveText(say('learners.table.count', { n: 11 }));
});
