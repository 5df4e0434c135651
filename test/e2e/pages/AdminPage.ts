import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The admin app as a training admin sees it: Users > Groups, a group's page, its Settings. Found by
 * its words: `w` gives them in the screen's language (English as written here by default).
 */
export class AdminPage {
  constructor(
    readonly page: Page,
    readonly w: (english: string) => string = (english) => english,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: this.w('Groups'), level: 2 })).toBeVisible();
  }

  async goToGroups(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.w('Main') })
      .getByRole('link', { name: this.w('Groups') })
      .click();
    await expect(this.page.getByRole('heading', { name: this.w('Groups'), level: 2 })).toBeVisible();
  }

  groupRows(): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('link') });
  }

  async createGroup(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: this.w('New group') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.w('New group') });
    await dialog.getByLabel(this.w('Group name')).fill(name);
    if (description) await dialog.getByLabel(this.w('Description')).fill(description);
    await dialog.getByRole('button', { name: this.w('Create group') }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.w('Search groups') }).fill(text);
  }

  async openGroup(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async openTab(name: 'Settings' | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name: typeof name === 'string' ? this.w(name) : name }).click();
  }

  codeValue(): Locator {
    return this.page.getByTestId('join-code-value');
  }

  /** Reveals the code by hovering, as the seed article describes, and reads it. */
  async readCodeByHover(): Promise<string> {
    await this.codeValue().hover();
    await expect(this.codeValue()).not.toHaveText('••••-••••');
    return (await this.codeValue().textContent())!.trim();
  }

  async startEditingCode(): Promise<Locator> {
    await this.page.getByRole('button', { name: this.w('Edit join code') }).click();
    return this.page.getByLabel(this.w('New join code'));
  }

  async goToLearners(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.w('Main') })
      .getByRole('link', { name: this.w('Learners') })
      .click();
    await expect(this.page.getByRole('heading', { name: this.w('Learners'), level: 2 })).toBeVisible();
  }

  /** Learners › search, then open one in the drawer (its dialog is named after them). */
  async openLearner(search: string, name: string): Promise<Locator> {
    await this.page.getByRole('textbox', { name: this.w('Search learners') }).fill(search);
    await this.page.getByRole('button', { name, exact: true }).click();
    const drawer = this.page.getByRole('dialog', { name, exact: true });
    await expect(drawer.getByRole('table', { name: this.w('Learner details') })).toBeVisible();
    return drawer;
  }

  /** Kiosk › Start kiosk the first time: JoinDesk asks for an admin PIN first; this sets it (click Start kiosk again to start). */
  async setPinFromStartKiosk(pin: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.w('Main') })
      .getByRole('link', { name: this.w('Kiosk') })
      .click();
    await this.page.getByRole('button', { name: this.w('Start kiosk') }).click();
    const pinDialog = this.page.getByRole('dialog', { name: this.w('Set an admin PIN first') });
    await pinDialog.getByLabel(this.w('Admin PIN')).fill(pin);
    await pinDialog.getByLabel(this.w('PIN again')).fill(pin);
    await pinDialog.getByRole('button', { name: this.w('Set PIN') }).click();
    await expect(pinDialog).toBeHidden();
  }
}
