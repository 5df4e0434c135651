import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 768, height: 1024 } };

/** No serious or critical accessibility violation on this screen. */
async function expectAccessible(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join(', ')})`),
    state,
  ).toEqual([]);
}

/** Every button and field a learner can touch is at least 44×44 px. */
async function expectTouchTargets(page: Page, state: string) {
  const small = await page.evaluate(`[...document.querySelectorAll('button, input:not([type=hidden]), a[href]')]
    .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => ({ text: (e.textContent || e.getAttribute('aria-label') || e.tagName).trim(), r: e.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 44 || r.height < 44)
    .map(({ text, r }) => text + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))`);
  expect(small, state).toEqual([]);
}

/** Screenshots at both sizes, and the audits at both. */
async function capture(page: Page, shot: (p: Page, n: string) => Promise<void>, state: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `${state} at ${size}`);
    await expectTouchTargets(page, `${state} at ${size}`);
    await shot(page, `kiosk-${state}-${size}`);
  }
  await page.setViewportSize(SIZES.desktop);
}

/** Nothing the learner typed is left on the page: not in its text, not in any field. */
async function expectForgotten(page: Page, typed: string[]) {
  const text = await page.evaluate('document.documentElement.outerHTML');
  const values = (await page.evaluate('[...document.querySelectorAll("input, textarea")].map((i) => i.value)')) as string[];
  for (const t of typed) {
    expect(String(text).toLowerCase()).not.toContain(t.toLowerCase());
    expect(values.join('|').toLowerCase()).not.toContain(t.toLowerCase());
  }
}

test.describe('kiosk', () => {
  test.setTimeout(120_000);

  test('every kiosk state: set-up, keyboard-only sign-up, errors, throttle, idle reset, lock', async ({
    app,
    admin: adminTab,
    kiosk: kioskTab,
    shot,
  }) => {
    const admin = new AdminPage(adminTab);
    const kiosk = new KioskPage(kioskTab);

    // The admin sets the kiosk up: what it says, how soon it forgets, and the PIN.
    await admin.open(app.adminUrl);
    await admin.createGroup('Leeds Induction');
    const code = await admin.readCodeByHover();
    await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
    await adminTab.getByRole('button', { name: 'Start kiosk' }).click();
    const pinDialog = adminTab.getByRole('dialog', { name: 'Set an admin PIN first' });
    await pinDialog.getByLabel('Admin PIN').fill('73519462');
    await pinDialog.getByLabel('PIN again').fill('73519462');
    await pinDialog.getByRole('button', { name: 'Set PIN' }).click();
    await expect(pinDialog).toBeHidden();
    await adminTab.getByLabel('Organisation name').fill('Northwind Logistics');
    await adminTab.getByLabel('Welcome message').fill('Welcome to your first day! Sign in to get your training plan.');
    await adminTab.getByLabel('Clear the form after this many seconds without input').fill('10');
    await adminTab.getByRole('button', { name: 'Save kiosk settings' }).click();
    await expect(adminTab.getByText('Kiosk settings saved')).toBeVisible();
    const [popup] = await Promise.all([
      adminTab.waitForEvent('popup'),
      adminTab.getByRole('button', { name: 'Start kiosk' }).click(),
    ]);
    expect(popup.url()).toContain('/kiosk');
    await popup.close();
    await shot(adminTab, 'admin-kiosk-page');

    // Empty.
    await kioskTab.clock.install();
    await kiosk.open(app.kioskUrl);
    await expect(kioskTab.getByTestId('org-name')).toHaveText('Northwind Logistics');
    await expect(kioskTab.getByRole('button', { name: /exit kiosk/i })).toHaveCount(0); // a browser tab has nothing to leave
    await capture(kioskTab, shot, 'empty');

    // Keyboard only, from the first field to success and back.
    await expect(kioskTab.getByLabel('Full name')).toBeFocused();
    await kioskTab.keyboard.type('Priya Natarajan');
    await kioskTab.keyboard.press('Tab');
    await expect(kioskTab.getByLabel('Email')).toBeFocused();
    await kioskTab.keyboard.type('priya.n@example.com');
    await kioskTab.keyboard.press('Tab');
    await expect(kioskTab.getByLabel('Join code')).toBeFocused();
    await kioskTab.keyboard.type(code.toLowerCase().replace('-', ' '));
    await kioskTab.keyboard.press('Enter');
    await expect(kiosk.joinedGroup()).toHaveText('Leeds Induction');
    await capture(kioskTab, shot, 'success');
    await expect(kioskTab.getByRole('button', { name: 'Done' })).toBeFocused();
    await kioskTab.keyboard.press('Enter');
    await expect(kioskTab.getByLabel('Full name')).toBeFocused();
    await expectForgotten(kioskTab, ['Priya', 'Natarajan', 'priya.n@example.com', code, 'p•••@example.com']);

    // Errors: field-level, announced.
    await kiosk.submit({ name: 'Tom Wright', email: 'tom@', code: 'XXXX' });
    await expect(kiosk.error('Enter a valid email address, like name@example.com.')).toBeVisible();
    await kiosk.submit({ name: 'Tom Wright', email: 'tom@example.com', code: 'WRNG-C0DE' });
    await expect(kiosk.error("We couldn't find that join code. Check it with your instructor.")).toBeVisible();
    await expect(kiosk.announced()).toHaveText("We couldn't find that join code. Check it with your instructor.");
    await expect(kioskTab.getByLabel('Join code')).toHaveAttribute('aria-invalid', 'true');
    await capture(kioskTab, shot, 'error');

    // Throttled: five wrong codes are free, the sixth starts a visible countdown.
    for (let i = 0; i < 5; i++) {
      await kiosk.submit({ name: 'Tom Wright', email: 'tom@example.com', code: `WRNG-C0D${i}` });
      await expect(kiosk.error("We couldn't find that join code. Check it with your instructor.")).toBeVisible();
    }
    await expect(kioskTab.getByTestId('throttle-countdown')).toHaveText('Too many attempts. Try again in 5 seconds.');
    await expect(kioskTab.getByRole('button', { name: 'Join group' })).toBeDisabled();
    await capture(kioskTab, shot, 'throttled');
    await kioskTab.clock.runFor(6000);
    await expect(kioskTab.getByTestId('throttle-countdown')).toBeHidden();
    await expect(kioskTab.getByRole('button', { name: 'Join group' })).toBeEnabled();

    // Idle: a warning with time to continue, then everything typed is gone.
    await kioskTab.reload();
    await kiosk.fill({ name: 'Sam Idle', email: 'sam.idle@example.com', code: 'SAMS-C0DE' });
    await kioskTab.clock.runFor(11_000);
    const warning = kioskTab.getByRole('dialog', { name: 'Are you still there?' });
    await expect(warning).toBeVisible();
    await kioskTab.clock.runFor(100); // the page's frames run on its fake clock: let the dialog settle
    await capture(kioskTab, shot, 'idle-warning');
    // Reachable by pointer (nothing covers it) and by keyboard (it has the focus).
    const stillHere = warning.getByRole('button', { name: "I'm still here" });
    const box = (await stillHere.boundingBox())!;
    const hit = await kioskTab.evaluate(
      `document.elementFromPoint(${box.x + box.width / 2}, ${box.y + box.height / 2})?.closest('button')?.textContent`,
    );
    expect(hit).toBe("I'm still here");
    await expect(stillHere).toBeFocused();
    await kioskTab.keyboard.press('Enter');
    await expect(warning).toBeHidden();
    await expect(kioskTab.getByLabel('Full name')).toHaveValue('Sam Idle');
    await kioskTab.clock.runFor(11_000);
    await expect(warning).toBeVisible();
    await kioskTab.clock.runFor(20_000);
    await expect(warning).toBeVisible(); // at least 20 s to continue
    await kioskTab.clock.runFor(11_000);
    await expect(warning).toBeHidden();
    await expect(kioskTab.getByLabel('Full name')).toHaveValue('');
    await expectForgotten(kioskTab, ['Sam Idle', 'sam.idle@example.com', 'SAMS-C0DE']);

    // Locked: 100 wrong codes in a day (arranged in the data file; the count itself is unit-tested).
    const db = new Database(path.join(app.dataDir, 'joindesk.db'));
    // Each kiosk's wrong-code throttle is the row named code:<kiosk id>.
    db.prepare(
      "UPDATE kiosk_throttle SET locked_at = ?, blocked_at = NULL, blocked_until = NULL WHERE kiosk_id LIKE 'code:%'",
    ).run(new Date().toISOString());
    db.close();
    await kiosk.submit({ name: 'Late Comer', email: 'late@example.com', code });
    await expect(kioskTab.getByRole('heading', { name: 'This kiosk is locked' })).toBeVisible();
    await capture(kioskTab, shot, 'locked');

    // The admin unlocks it with the PIN.
    await adminTab.reload();
    await adminTab.getByRole('textbox', { name: 'Admin PIN' }).fill('11111111');
    await adminTab.getByRole('button', { name: 'Unlock' }).click();
    await expect(adminTab.getByText('That PIN is not right.')).toBeVisible();
    await shot(adminTab, 'admin-kiosk-locked');
    await adminTab.getByRole('textbox', { name: 'Admin PIN' }).fill('73519462');
    await adminTab.getByRole('button', { name: 'Unlock' }).click();
    await expect(adminTab.getByText('Kiosk unlocked')).toBeVisible();
    await kioskTab.reload();
    await kiosk.submit({ name: 'Late Comer', email: 'late@example.com', code });
    await expect(kiosk.joinedGroup()).toHaveText('Leeds Induction');

    // Left on the success screen, the kiosk warns, then clears itself for the next person.
    await kioskTab.clock.runFor(11_000);
    await expect(kioskTab.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
    await kioskTab.clock.runFor(31_000);
    await expect(kioskTab.getByRole('heading', { name: 'Join your group' })).toBeVisible();
    await expectForgotten(kioskTab, ['Late Comer', 'late@example.com', 'l•••@example.com']);
  });

  test('usable at 200% zoom', async ({ app, kiosk: kioskTab, shot }) => {
    await kioskTab.setViewportSize({ width: 640, height: 400 }); // 1280×800 at 200 %
    const kiosk = new KioskPage(kioskTab);
    await kiosk.open(app.kioskUrl);
    const overflow = await kioskTab.evaluate('document.documentElement.scrollWidth > document.documentElement.clientWidth');
    expect(overflow).toBe(false);
    await kioskTab.getByRole('button', { name: 'Join group' }).scrollIntoViewIfNeeded();
    await expect(kioskTab.getByRole('button', { name: 'Join group' })).toBeInViewport();
    await shot(kioskTab, 'kiosk-zoom-200');
  });
});
