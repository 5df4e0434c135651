import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, SCREENSHOT_DIR, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';
import { KioskPage } from './pages/KioskPage';

test('join code controls, states, history, policy and sharing', async ({ app, admin: adminTab, kiosk: kioskTab, shot }) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(adminTab);
  const kiosk = new KioskPage(kioskTab);
  await admin.open(app.adminUrl);
  await admin.createGroup('Forklift Wave 3', 'Warehouse forklift certification, third wave.');
  const code = await admin.readCodeByHover();
  await kiosk.open(app.kioskUrl);
  const wave3 = (await app.api('groups-list', { search: 'wave 3' })).value.items[0];
  const wave3Id = () => wave3.id as number;
  const explanation = adminTab.getByTestId('code-state-explanation');
  await expect(explanation).toHaveText(/Accepting sign-ups/);
  await shot(adminTab, 'settings-active');

  // Pause, then resume.
  await adminTab.getByRole('switch', { name: 'Accept sign-ups with this code' }).click({ force: true });
  await expect(explanation).toHaveText(/Sign-up is paused/);
  await shot(adminTab, 'settings-paused');
  await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code });
  await expect(kiosk.error('Sign-up with this code is paused.')).toBeVisible();
  await adminTab.getByRole('switch', { name: 'Accept sign-ups with this code' }).click({ force: true });
  await expect(explanation).toHaveText(/Accepting sign-ups/);

  // Opens next month at 09:30: scheduled.
  const today = new Date();
  const nextMonth = new Date(today.getFullYear(), today.getMonth() + 1, 15);
  const lastMonth = new Date(today.getFullYear(), today.getMonth() - 1, 1);
  await pickDateTime(adminTab, 'Opens', 'Next month', nextMonth, '09', '30');
  await adminTab.getByRole('button', { name: 'Save limits' }).click();
  await expect(explanation).toHaveText(new RegExp(`Not open yet: sign-up opens on .*${nextMonth.getFullYear()}.*9:30`));
  await shot(adminTab, 'settings-scheduled');
  await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code });
  await expect(
    kiosk.error(new RegExp(`^Sign-up with this code opens on 15 ${monthName(nextMonth)} ${nextMonth.getFullYear()}`)),
  ).toBeVisible();

  // Clear the opening time, close it last month: expired.
  await clearPicker(adminTab, 'Opens');
  await pickDateTime(adminTab, 'Closes', 'Previous month', lastMonth, '17', '00');
  await adminTab.getByRole('button', { name: 'Save limits' }).click();
  // A closing time in the past asks first; going back changes nothing.
  const pastClose = adminTab.getByRole('dialog', { name: 'This closing time has already passed' });
  await expect(pastClose).toContainText('Sign-up with this code will stop at once');
  await codeShots(adminTab, 'past-close-warning', 'window');
  await expectAccessible(adminTab, '[role="dialog"]');
  await pastClose.getByRole('button', { name: 'Change the time' }).click();
  await expect(pastClose).toBeHidden();
  await expect(explanation).toHaveText(/Not open yet/);
  expect((await app.api('groups-list', { search: 'wave 3' })).value.items[0].validUntil).toBeNull();
  await adminTab.getByRole('button', { name: 'Save limits' }).click();
  await pastClose.getByRole('button', { name: 'Close sign-up now' }).click();
  await expect(explanation).toHaveText(/Closed: sign-up ended on/);
  await shot(adminTab, 'settings-expired');
  await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code });
  await expect(kiosk.error(/^Sign-up with this code closed on 1 /)).toBeVisible();

  // Reopen with a limit of 1: one sign-up fills it, raising it lets the next person in.
  await clearPicker(adminTab, 'Closes');
  await adminTab.getByLabel('Maximum sign-ups with this code').fill('1');
  await adminTab.getByRole('button', { name: 'Save limits' }).click();
  await expect(explanation).toHaveText(/Accepting sign-ups/);
  await kiosk.submit({ name: 'Ana Ruiz', email: 'ana@example.com', code });
  await expect(kiosk.joinedGroup()).toHaveText('Forklift Wave 3');
  await kiosk.done();
  await adminTab.getByRole('tab', { name: /Members/ }).click();
  await adminTab.getByRole('tab', { name: 'Settings' }).click();
  await expect(explanation).toHaveText('Full: the one place is taken. Raise the limit to let more people join.');
  await expect(adminTab.getByText('1 used so far. Leave empty for no limit.')).toBeVisible();
  await shot(adminTab, 'settings-full');
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code });
  await expect(kiosk.error('This group is full.')).toBeVisible();
  await adminTab.getByLabel('Maximum sign-ups with this code').fill('5');
  await adminTab.getByRole('button', { name: 'Save limits' }).click();
  await expect(explanation).toHaveText(/Accepting sign-ups/);
  await kiosk.submit({ name: 'Bo Chen', email: 'bo@example.com', code });
  await expect(kiosk.joinedGroup()).toHaveText('Forklift Wave 3');
  await kiosk.done();

  // Role on join: instructors from now on.
  await adminTab.getByRole('combobox', { name: 'Role on joining' }).click();
  await adminTab.getByRole('option', { name: 'Instructor' }).click();
  await adminTab.getByRole('button', { name: 'Save details' }).click();
  await expect(adminTab.getByText('Group saved')).toBeVisible();
  await kiosk.submit({ name: 'Cy Diaz', email: 'cy@example.com', code: code.toLowerCase() });
  await expect(kiosk.joinedGroup()).toHaveText('Forklift Wave 3');
  await kiosk.done();
  await adminTab.getByRole('tab', { name: /Members/ }).click();
  const members = adminTab.getByRole('table', { name: 'Learners' });
  await expect(members.getByRole('row', { name: /Cy Diaz/ })).toContainText('instructor', { ignoreCase: true });
  await expect(members.getByRole('row', { name: /Bo Chen/ })).toContainText('learner', { ignoreCase: true });
  await adminTab.getByRole('tab', { name: 'Settings' }).click();

  // Sharing: invitation text, email draft, join card.
  await adminTab.getByRole('button', { name: 'Copy invitation' }).click();
  const invitation = String(await adminTab.evaluate('navigator.clipboard.readText()'));
  expect(invitation).toContain('Your join code for Forklift Wave 3');
  expect(invitation).toContain(`Join code: ${code}`);
  const mailto = await adminTab.getByRole('link', { name: 'Email draft' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:\?subject=Your%20join%20code%20for%20Forklift%20Wave%203&body=/);
  expect(decodeURIComponent(mailto!.split('body=')[1]!)).toContain(`Join code: ${code}`);

  await adminTab.getByRole('button', { name: 'Join card (PDF)' }).click();
  await expect(adminTab.getByTestId('join-card-code')).toHaveText(code);
  await expect(adminTab.getByTestId('join-card-org')).toBeHidden();
  // No organisation name yet: the card's toolbar leads to the setting.
  await adminTab.getByRole('link', { name: 'Add your organisation’s name' }).click();
  await expect(adminTab.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  const orgName = adminTab.getByLabel('Organisation name');
  await orgName.fill('x'.repeat(101));
  await adminTab.getByRole('button', { name: 'Save name' }).click();
  await expect(adminTab.getByText('At most 100 characters.')).toBeVisible();
  await orgName.fill('Northwind Logistics');
  await adminTab.getByRole('button', { name: 'Save name' }).click();
  await expect(adminTab.getByText('Organisation name saved')).toBeVisible();
  const closes = new Date(today.getFullYear(), today.getMonth() + 2, 20, 17, 0);
  await app.api('join-code-settings', { groupId: wave3Id(), validUntil: closes.toISOString() });
  await adminTab.goBack();
  await expect(adminTab.getByTestId('join-card-code')).toHaveText(code);
  await expect(adminTab.getByTestId('join-card-org')).toHaveText('Northwind Logistics');
  const cardWindow = adminTab.getByTestId('join-card-window');
  await expect(cardWindow).toHaveText(/^Sign-up closes on /);
  await expect(cardWindow).toContainText(String(closes.getFullYear()));
  await expect(cardWindow).toContainText(String(closes.getDate()));
  await shot(adminTab, 'join-card-screen');
  await codeShots(adminTab, 'join-card');
  // In a browser, "Save as PDF" hands over to the browser's own print-to-PDF.
  await adminTab.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
  await adminTab.getByRole('button', { name: 'Save as PDF' }).click();
  await expect.poll(() => adminTab.evaluate('window.__printed')).toBe(1);
  const pdfPath = path.join(SCREENSHOT_DIR, 'join-card.pdf');
  await adminTab.emulateMedia({ media: 'print' });
  await adminTab.pdf({ path: pdfPath, format: 'A4' });
  await adminTab.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdfPath, path.join(SCREENSHOT_DIR, 'join-card-pdf')]);
  const png = PNG.sync.read(fs.readFileSync(path.join(SCREENSHOT_DIR, 'join-card-pdf.png')));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(code);
  expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Pages:\s+1\b/);
  const pdfText = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
  expect(pdfText).toContain('Northwind Logistics');
  expect(pdfText).toContain('Sign-up closes on');
  await expectCardLanguage(adminTab, 'en');

  // The card in the learners' language: its words, lang and dir change; the toolbar, names and code do not.
  for (const [tag, name, words, printedWords] of CARD_LANGUAGES) {
    await adminTab.getByRole('combobox', { name: 'Card language' }).click();
    await adminTab.getByRole('option', { name }).click();
    await expectCardLanguage(adminTab, tag);
    const sheet = cardSheet(adminTab);
    for (const phrase of words) await expect(sheet).toContainText(phrase);
    await expect(sheet).not.toContainText('How to join');
    await expect(adminTab.getByTestId('join-card-org')).toHaveText('Northwind Logistics');
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText('Forklift Wave 3');
    await expect(adminTab.getByTestId('join-card-code')).toHaveText(code);
    await expect(adminTab.getByTestId('join-card-code')).toHaveAttribute('dir', 'ltr');
    await expect(adminTab.getByRole('button', { name: 'Save as PDF' })).toBeVisible();
    await expect(adminTab.locator('html')).toHaveAttribute('dir', 'ltr');
    await shot(adminTab, `join-card-screen-${tag}`);
    const pdf = path.join(SCREENSHOT_DIR, `join-card-${tag}.pdf`);
    await adminTab.emulateMedia({ media: 'print' });
    await adminTab.pdf({ path: pdf, format: 'A4' });
    await adminTab.emulateMedia({ media: 'screen' });
    expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Pages:\s+1\b/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('Northwind Logistics');
    expect(text).toContain(code);
    // pdftotext marks runs of each direction and splits some Arabic ligatures: compare the words it keeps whole.
    const plain = text.replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
    for (const phrase of printedWords) expect(plain).toContain(phrase);
    expect(text).not.toContain('Sign-up closes on');
    execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, path.join(SCREENSHOT_DIR, `join-card-${tag}-pdf`)]);
    const printed = PNG.sync.read(fs.readFileSync(path.join(SCREENSHOT_DIR, `join-card-${tag}-pdf.png`)));
    expect(jsQR(new Uint8ClampedArray(printed.data), printed.width, printed.height)?.data).toBe(code);
  }
  // The kiosk's default language is the card's first choice.
  await app.api('kiosk-settings-update', { defaultLanguage: 'zh-Hans' });
  await adminTab.reload();
  await expect(adminTab.getByRole('combobox', { name: 'Card language' })).toHaveValue('中文');
  await expectCardLanguage(adminTab, 'zh-Hans');
  await app.api('kiosk-settings-update', { defaultLanguage: 'en' });
  await adminTab.getByRole('button', { name: /Back to Forklift Wave 3/ }).click();

  // Regenerate: the history keeps the old code with its three sign-ups.
  await adminTab.getByRole('button', { name: 'Regenerate code' }).click();
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Regenerate' }).click();
  const history = adminTab.getByRole('table', { name: 'Code history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row', { name: new RegExp(code) })).toContainText('3');
  // The history shows and hides its codes with the card above: the new code is in both, or in neither.
  const fresh = (await admin.codeValue().textContent())!.trim();
  expect(fresh).not.toBe(code);
  await expect(history.getByRole('row', { name: /Current/ })).toContainText(fresh);
  await shot(adminTab, 'settings-history');
  await codeShots(adminTab, 'history-revealed');
  await expectAccessible(adminTab, 'table[aria-label="Code history"]');
  await adminTab.getByRole('button', { name: 'Hide join code' }).click();
  await expect(admin.codeValue()).toHaveText('••••-••••');
  await expect(history.getByRole('row', { name: /Current/ })).toContainText('••••-••••');
  await expect(history).not.toContainText(code);
  await codeShots(adminTab, 'history-hidden');

  // Cards with the old code are already printed: bring it back. The regenerated one stops working.
  await history.getByRole('button', { name: /^Bring back/ }).click();
  const bringBack = adminTab.getByRole('dialog', { name: 'Bring back this code?' });
  await expect(bringBack).toContainText('with its 3 earlier sign-ups counted');
  await codeShots(adminTab, 'bring-back-confirm', 'window');
  await bringBack.getByRole('button', { name: 'Bring back' }).click();
  await expect(admin.codeValue()).toHaveText(code);
  await expect(history.getByRole('row', { name: /Current/ })).toContainText(code);
  await expect(history.getByRole('row', { name: new RegExp(fresh) })).toContainText('0');
  await expect(adminTab.getByText('3 learners have joined with this code')).toBeVisible();
  await kiosk.submit({ name: 'Dee Okafor', email: 'dee@example.com', code: fresh });
  await expect(kiosk.error('This join code has been changed. Ask your instructor for the new one.')).toBeVisible();
  await kiosk.submit({ name: 'Dee Okafor', email: 'dee@example.com', code });
  await expect(kiosk.joinedGroup()).toHaveText('Forklift Wave 3');
  await kiosk.done();

  // Code policy: a minimum length, then generated codes only.
  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await adminTab.getByLabel('Minimum length of a custom code').fill('10');
  await adminTab.getByRole('button', { name: 'Save policy' }).click();
  await expect(adminTab.getByText('Code policy saved')).toBeVisible();
  await shot(adminTab, 'settings-policy');
  await admin.goToGroups();
  await admin.openGroup('Forklift Wave 3');
  await admin.openTab('Settings');
  const editor = await admin.startEditingCode();
  await editor.fill('FORK-2027');
  await expect(adminTab.getByText('A join code needs at least 10 letters or digits.')).toBeVisible();
  const strength = adminTab.getByTestId('code-strength');
  await editor.fill('password123');
  await expect(strength).toHaveText('Strength: weak — easy to guess: it contains a common password.');
  await codeShots(adminTab, 'strength-weak');
  await expectAccessible(adminTab, '[data-testid="code-strength"]');
  await editor.fill('forklift-wave-3');
  await expect(strength).toContainText('it contains the group’s or organisation’s name');
  await expect(strength).not.toContainText('strong');
  await editor.fill('Q7KX-3M9T-4ZRW');
  await expect(strength).toHaveText('Strength: strong');
  await shot(adminTab, 'settings-edit-strength');
  await codeShots(adminTab, 'strength-strong');
  await adminTab.getByRole('button', { name: 'Cancel' }).click();
  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await adminTab.getByRole('switch', { name: 'Generated codes only' }).click({ force: true });
  await adminTab.getByRole('button', { name: 'Save policy' }).click();
  await admin.goToGroups();
  await admin.openGroup('Forklift Wave 3');
  await admin.openTab('Settings');
  await expect(adminTab.getByRole('button', { name: 'Edit join code' })).toBeDisabled();

  // Clone for the next wave: same description and role, a fresh code, no members.
  await adminTab.getByRole('button', { name: 'Clone group' }).click();
  await adminTab.getByRole('dialog', { name: 'Clone group' }).getByLabel('New group name').fill('Forklift Wave 4');
  await adminTab.getByRole('dialog', { name: 'Clone group' }).getByRole('button', { name: 'Clone' }).click();
  await expect(adminTab.getByRole('heading', { name: 'Forklift Wave 4', level: 2 })).toBeVisible();
  await expect(adminTab.getByText('Warehouse forklift certification, third wave.').first()).toBeVisible();
  await expect(adminTab.getByRole('tab', { name: 'Members (0)' })).toBeVisible();
  expect(await admin.readCodeByHover()).not.toBe(code);

  // The list shows each code's state and filters by it.
  await app.api('join-code-settings', { groupId: wave3Id(), enabled: false });
  await admin.goToGroups();
  await adminTab.getByRole('combobox', { name: 'Filter by join code state' }).click();
  await adminTab.getByRole('option', { name: 'Paused' }).click();
  await expect(admin.groupRows()).toHaveCount(1);
  await expect(admin.groupRows().first()).toContainText('Forklift Wave 3');
  await shot(adminTab, 'groups-filter-paused');
  await adminTab.getByRole('combobox', { name: 'Filter by join code state' }).click();
  await adminTab.getByRole('option', { name: 'Paused' }).click();
  await expect(admin.groupRows()).toHaveCount(2);

  // Each row: the code masked until asked for, one row at a time, and used / max.
  const wave3Row = admin.groupRows().filter({ hasText: 'Forklift Wave 3' });
  const wave4Row = admin.groupRows().filter({ hasText: 'Forklift Wave 4' });
  await expect(wave3Row).toContainText('4 / 5');
  await expect(wave4Row).toContainText('0 / no limit');
  await expect(adminTab.getByRole('table', { name: 'Groups' })).not.toContainText(code);
  await codeShots(adminTab, 'groups-list');
  await wave3Row.getByRole('button', { name: 'Show the join code of Forklift Wave 3' }).click();
  await expect(wave3Row.getByTestId('listed-code')).toHaveText(code);
  await expect(wave4Row.getByTestId('listed-code')).toHaveText('••••-••••');
  await codeShots(adminTab, 'groups-list-revealed');
  await expectAccessible(adminTab, 'table[aria-label="Groups"]');
  await wave3Row.getByRole('button', { name: 'Hide the join code of Forklift Wave 3' }).click();
  await expect(wave3Row.getByTestId('listed-code')).toHaveText('••••-••••');
  await wave4Row.getByTestId('listed-code').hover();
  await expect(wave4Row.getByTestId('listed-code')).not.toHaveText('••••-••••');

  // At 768 px no word in the list is cut: every cell shows all of its text.
  await adminTab.setViewportSize({ width: 768, height: 1024 });
  await expect(adminTab.getByRole('columnheader', { name: 'Created' })).toBeHidden();
  // Every element in the table shows all of its text: nothing overflows its box (a badge, a date, a name).
  const cut = await adminTab.evaluate(`[...document.querySelectorAll('table[aria-label="Groups"] *')]
    .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.outerHTML.slice(0, 80))`);
  expect(cut).toEqual([]);
  const tableBox = (await adminTab.getByRole('table', { name: 'Groups' }).boundingBox())!;
  expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(768);
  await adminTab.setViewportSize({ width: 1280, height: 800 });
});

/** Languages the card is checked in: the option's name, words the sheet shows, and words its PDF's text keeps. */
const CARD_LANGUAGES: [tag: string, name: string, words: string[], printedWords: string[]][] = [
  ['ar', 'العربية', ['طريقة الانضمام', 'رمز الانضمام إلى', 'ينتهي التسجيل في'], ['ينتهي التسجيل في', 'طريقة']],
  ['zh-Hans', '中文', ['如何加入', '小组加入码', '报名将于'], ['如何加入', '小组加入码', '报名将于']],
];

/** The printable sheet: the part of the card page in the card's language. */
const cardSheet = (page: Page) => page.getByTestId('join-card').locator('[lang]').first();

async function expectCardLanguage(page: Page, tag: string) {
  await expect(cardSheet(page)).toHaveAttribute('lang', tag);
  await expect(cardSheet(page)).toHaveAttribute('dir', tag === 'ar' ? 'rtl' : 'ltr');
}

/** No serious or critical axe finding in the part of the screen `selector` names. */
async function expectAccessible(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page }).include(selector).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

const CODE_SHOTS = process.env.CODE_SHOTS_DIR ?? path.join(SCREENSHOT_DIR, 'codes');

/** The screen at 1280×800 and at 768×1024, for a person to look at: the whole page, or what the window shows (a dialog). */
async function codeShots(page: Page, name: string, what: 'page' | 'window' = 'page') {
  fs.mkdirSync(CODE_SHOTS, { recursive: true });
  for (const [width, height] of [
    [1280, 800],
    [768, 1024],
  ] as const) {
    await page.setViewportSize({ width, height });
    // From the top: a full-page shot of a scrolled page draws fixed headers mid-page.
    if (what === 'page') await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({
      path: path.join(CODE_SHOTS, `${name}-${width}.png`),
      fullPage: what === 'page',
      animations: 'disabled',
      style: '.mantine-Notifications-root { display: none !important; }',
    });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

const monthName = (d: Date) => d.toLocaleString('en-GB', { month: 'long' });

async function pickDateTime(page: Page, label: string, move: string, day: Date, hh: string, mm: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.getByRole('button', { name: move }).click();
  await dialog.getByRole('button', { name: `${day.getDate()} ${monthName(day)} ${day.getFullYear()}`, exact: true }).click();
  await dialog.getByRole('spinbutton', { name: 'Hours' }).fill(hh);
  await dialog.getByRole('spinbutton', { name: 'Minutes' }).fill(mm);
  await dialog.getByRole('button', { name: 'Apply date and time' }).click();
  await expect(dialog).toBeHidden();
}

async function clearPicker(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).locator('xpath=..').getByRole('button').last().click();
}
