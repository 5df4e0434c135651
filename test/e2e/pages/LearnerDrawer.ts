import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** One learner's drawer (Learners › a learner) and the dialogs it opens. */
export class LearnerDrawer {
  constructor(
    readonly page: Page,
    readonly drawer: Locator,
  ) {}

  details(): Locator {
    return this.drawer.getByRole('table', { name: 'Learner details' });
  }

  /** Opens Edit; the dialog is named after the learner. */
  async openEdit(name: string): Promise<Locator> {
    await this.drawer.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: `Edit ${name}` });
    await expect(dialog.getByLabel('Full name')).toBeVisible();
    return dialog;
  }

  async fillEdit(dialog: Locator, values: { name?: string; email?: string; role?: string }): Promise<void> {
    if (values.name !== undefined) await dialog.getByLabel('Full name').fill(values.name);
    if (values.email !== undefined) await dialog.getByLabel('Email').fill(values.email);
    if (values.role !== undefined) {
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await this.page.getByRole('option', { name: values.role, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Save changes' }).click();
  }

  /** Opens "Merge with…" and searches for the other record: the matching learners are listed. */
  async findDuplicate(name: string, search: string): Promise<Locator> {
    await this.drawer.getByRole('button', { name: 'Merge with…' }).click();
    const dialog = this.page.getByRole('dialog', { name: `Merge ${name} with another learner` });
    await dialog.getByLabel('Find the other record').fill(search);
    await expect(dialog.getByRole('table', { name: 'Matching learners' })).toBeVisible();
    return dialog;
  }

  /** Chooses the other record among the matches: both show side by side. */
  async chooseDuplicate(dialog: Locator, other: string): Promise<void> {
    await dialog.getByRole('button', { name: `Choose ${other}` }).click();
    await expect(dialog.getByRole('group', { name: 'Kept learner' })).toBeVisible();
  }
}
