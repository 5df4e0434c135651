import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { LearnerDrawer } from './pages/LearnerDrawer';

const SHOTS = '/tmp/shots/edit';
const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 768, height: 1024 } };

/** The screen as it is now, at both sizes, then back to the desktop size. */
async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(SIZES.desktop);
}

test('edit a learner’s typo, then merge the duplicate it made', async ({ app, admin: adminTab }) => {
  // A learner signed up twice: first with a typo in name and email (Evening), then correctly (Morning).
  const { must } = app;
  const morning = await must('groups-create', { name: 'Morning' });
  const evening = await must('groups-create', { name: 'Evening', role: 'instructor' });
  const safety = await must('courses-create', { title: 'Safety' });
  await must('group-courses-set', { groupId: morning.id, courseIds: [safety.id] });
  await must('group-courses-set', { groupId: evening.id, courseIds: [safety.id] });
  const typo = await must('learners-add', { name: 'Siobhan Kely', email: 'siobhan@exmaple.com', groupId: evening.id });
  await must('learners-add', { name: "Siobhan O'Brien", email: 'siobhan@example.com', groupId: morning.id });
  await must('learners-add', { name: 'Bo Chen', email: 'bo@example.com', groupId: morning.id });
  await must('progress-set', { learnerId: typo.id, courseId: safety.id, status: 'completed' });

  const admin = new AdminPage(adminTab);
  await admin.open(app.adminUrl);
  await admin.goToLearners();
  const learner = new LearnerDrawer(adminTab, await admin.openLearner('siobhan', 'Siobhan Kely'));

  // Edit: an email another learner has is refused on its field, naming where they are.
  const edit = await learner.openEdit('Siobhan Kely');
  await learner.fillEdit(edit, { email: 'BO@example.com' });
  await expect(edit.getByText('This email is already registered, in Morning.', { exact: false })).toBeVisible();
  await expect(edit.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await shoot(adminTab, 'edit-form-error');
  await learner.fillEdit(edit, { name: 'Siobhan Kelly', email: 'siobhan.kelly@example.com', role: 'Manager' });
  await expect(edit).toBeHidden();
  const drawer = adminTab.getByRole('dialog', { name: 'Siobhan Kelly', exact: true });
  const details = drawer.getByRole('table', { name: 'Learner details' });
  await expect(details).toContainText('siobhan.kelly@example.com');
  // The role in words ("Manager"), as the role picker names it.
  await expect(details).toContainText('Manager');
  // The table behind the drawer shows the new name.
  await expect(adminTab.getByRole('button', { name: 'Siobhan Kelly', exact: true })).toBeVisible();

  // Reassign offers every group but the one she is in.
  await drawer.getByRole('button', { name: 'Reassign' }).click();
  const move = adminTab.getByRole('dialog', { name: 'Move Siobhan Kelly to another group' });
  await move.getByRole('combobox', { name: 'New group' }).click();
  await expect(adminTab.getByRole('option', { name: 'Morning' })).toBeVisible();
  await expect(adminTab.getByRole('option', { name: 'Evening' })).toHaveCount(0);
  await shoot(adminTab, 'reassign-list');
  await adminTab.keyboard.press('Escape');
  await move.getByRole('button', { name: 'Cancel' }).click();
  await expect(move).toBeHidden();

  // Merge: find the other record, see both side by side, keep the right one, confirm.
  const renamed = new LearnerDrawer(adminTab, drawer);
  const merge = await renamed.findDuplicate('Siobhan Kelly', 'siobhan');
  // The learner being merged is never offered as their own duplicate.
  await expect(merge.getByRole('button', { name: /^Choose / })).toHaveCount(1);
  await shoot(adminTab, 'merge-find');
  await renamed.chooseDuplicate(merge, "Siobhan O'Brien");
  await expect(merge.getByRole('group', { name: 'Kept learner' })).toContainText('Siobhan Kelly');
  await expect(merge.getByRole('group', { name: 'Learner merged and removed' })).toContainText("Siobhan O'Brien");
  await merge.getByRole('button', { name: "Keep Siobhan O'Brien instead" }).click();
  await expect(merge.getByRole('group', { name: 'Kept learner' })).toContainText("Siobhan O'Brien");
  await expect(merge.getByRole('group', { name: 'Learner merged and removed' })).toContainText('siobhan.kelly@example.com');
  await expect(merge.getByRole('list', { name: 'What happens' })).toContainText('the learner stays in Morning');
  await shoot(adminTab, 'merge-dialog');
  await merge.getByRole('button', { name: "Merge into Siobhan O'Brien" }).click();
  // The drawer's learner was the one merged away: it closes, and the table lists one Siobhan.
  await expect(merge).toBeHidden();
  await expect(drawer).toBeHidden();
  await expect(adminTab.getByTestId('learner-count')).toHaveText('1 learner');

  const kept = new LearnerDrawer(adminTab, await admin.openLearner('siobhan', "Siobhan O'Brien"));
  await expect(kept.details()).toContainText('siobhan@example.com');
  await expect(kept.details()).toContainText('Morning');
  await expect(kept.drawer.getByRole('list', { name: 'Courses' })).toContainText('Completed');
  await shoot(adminTab, 'kept-learner');

  // The log names what the edit changed (the form sends only those fields) and the merge.
  const edits = await must('audit-list', { action: 'learner-updated' });
  expect(edits.items.map((e: { action: string }) => e.action)).toEqual(['learner-updated:name,email,role']);
  expect((await must('audit-list', { action: 'learners-merged' })).total).toBe(1);
});
