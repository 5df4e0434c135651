import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { AdminMessageId } from '../../../src/renderer/src/i18n/admin/en';
import { adminWords } from '../adminWords';

/**
 * The admin app as a training admin sees it: Users > Groups, a group's page, its Settings. Found by
 * its words, in the screen's language (`say`: English unless told otherwise).
 */
export class AdminPage {
  constructor(
    readonly page: Page,
    readonly say: (id: AdminMessageId) => string = adminWords('en').say,
  ) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: this.say('groups.list.title'), level: 2 })).toBeVisible();
  }

  async goToGroups(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.say('app.nav.label') })
      .getByRole('link', { name: this.say('app.nav.groups') })
      .click();
    await expect(this.page.getByRole('heading', { name: this.say('groups.list.title'), level: 2 })).toBeVisible();
  }

  groupRows(): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('link') });
  }

  async createGroup(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: this.say('groups.list.new') }).click();
    const dialog = this.page.getByRole('dialog', { name: this.say('groups.new.title') });
    await dialog.getByLabel(this.say('groups.field.name')).fill(name);
    if (description) await dialog.getByLabel(this.say('groups.field.description')).fill(description);
    await dialog.getByRole('button', { name: this.say('groups.new.submit') }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: this.say('groups.list.search') }).fill(text);
  }

  async openGroup(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 2 })).toBeVisible();
  }

  async openTab(name: 'Settings' | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name: typeof name === 'string' ? this.say('groups.tab.settings') : name }).click();
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
    await this.page.getByRole('button', { name: this.say('groups.code.editAria') }).click();
    return this.page.getByLabel(this.say('groups.edit.label'));
  }

  async goToLearners(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.say('app.nav.label') })
      .getByRole('link', { name: this.say('app.nav.learners') })
      .click();
    await expect(this.page.getByRole('heading', { name: this.say('learners.page.title'), level: 2 })).toBeVisible();
  }

  /** Learners › search, then open one in the drawer (its dialog is named after them). */
  async openLearner(search: string, name: string): Promise<Locator> {
    await this.page.getByRole('textbox', { name: this.say('learners.page.search.label') }).fill(search);
    await this.page.getByRole('button', { name, exact: true }).click();
    const drawer = this.page.getByRole('dialog', { name, exact: true });
    await expect(drawer.getByRole('table', { name: this.say('learners.drawer.details') })).toBeVisible();
    return drawer;
  }

  /** Kiosk › Start kiosk the first time: JoinDesk asks for an admin PIN first; this sets it (click Start kiosk again to start). */
  async setPinFromStartKiosk(pin: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: this.say('app.nav.label') })
      .getByRole('link', { name: this.say('app.nav.kiosk') })
      .click();
    await this.page.getByRole('button', { name: this.say('kiosk.start') }).click();
    const pinDialog = this.page.getByRole('dialog', { name: this.say('kiosk.pinFirst.title') });
    await pinDialog.getByLabel(this.say('kiosk.pin.admin')).fill(pin);
    await pinDialog.getByLabel(this.say('kiosk.pin.again')).fill(pin);
    await pinDialog.getByRole('button', { name: this.say('kiosk.pin.setButton') }).click();
    await expect(pinDialog).toBeHidden();
  }
}
