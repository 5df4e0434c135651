import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The kiosk sign-up screen as a learner uses it. */
export class KioskPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Join your group' })).toBeVisible();
  }

  async fill(input: { name: string; email: string; code: string }): Promise<void> {
    await this.page.getByLabel('Full name').fill(input.name);
    await this.page.getByLabel('Email').fill(input.email);
    await this.page.getByLabel('Join code').fill(input.code);
  }

  async submit(input: { name: string; email: string; code: string }): Promise<void> {
    await this.fill(input);
    await this.page.getByRole('button', { name: 'Join group' }).click();
  }

  joinedGroup(): Locator {
    return this.page.getByTestId('joined-group');
  }

  /** The message shown for an error, on its field or in the banner (not the screen-reader copy). */
  error(text: string | RegExp): Locator {
    return this.page.getByText(text).and(this.page.locator(':not([data-announcer])'));
  }

  /** What screen readers hear: the live region's text. */
  announced(): Locator {
    return this.page.locator('[data-announcer]');
  }

  async done(): Promise<void> {
    await this.page.getByRole('button', { name: 'Done' }).click();
    await expect(this.page.getByRole('heading', { name: 'Join your group' })).toBeVisible();
  }
}
