import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { expect, guardOrigin, test } from './fixtures';
import { AdminPage } from './pages/AdminPage';

// The room network stands on a loopback alias in tests (DESIGN §5), never a real private address.
const ROOM = '127.0.0.2';

async function expectAccessible(page: Page, state: string) {
  // The admin's toasts come and go (and are Mantine's own); the screen under them is what is checked.
  const { violations } = await new AxeBuilder({ page }).exclude('.mantine-Notifications-root').analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join(', ')})`),
    state,
  ).toEqual([]);
}

test('phones in the room sign up from the presenter QR code; the admin sees them arrive', async ({
  app,
  admin: adminTab,
  browser,
  shot,
}) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(adminTab);
  await admin.open(app.adminUrl);
  await admin.createGroup('Forklift Wave 3', 'Warehouse forklift certification.');

  // The Kiosk page: pick the network (here the loopback alias), then turn sharing on.
  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
  const panel = adminTab.getByTestId('room-network');
  await expect(panel.getByTestId('room-off')).toBeVisible();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  await panel.getByRole('combobox', { name: 'Network' }).fill(ROOM);
  await panel.getByRole('textbox', { name: 'Port' }).fill(String(port));
  await adminTab.keyboard.press('Escape');
  await panel.getByRole('switch', { name: 'Let phones and other screens in this room sign up' }).click({ force: true });
  const origin = `http://${ROOM}:${port}`;
  await expect(panel.getByTestId('room-address')).toContainText(origin);
  await shot(adminTab, 'room-kiosk-page');

  // A second admin tab on the group's members: it must show the arrival by itself.
  // (Another browser: one browser holds one admin session per port.)
  const membersContext = await browser.newContext();
  const membersForeign: string[] = [];
  await guardOrigin(membersContext, [app.base], membersForeign);
  const membersTab = await membersContext.newPage();
  const members = new AdminPage(membersTab);
  await members.open(await app.link('admin'));
  await members.openGroup('Forklift Wave 3');
  await expect(membersTab.getByRole('tab', { name: /Members \(0\)/ })).toBeVisible();

  // The group's settings show the room link; the presenter view opens from there.
  await admin.goToGroups();
  await admin.openGroup('Forklift Wave 3');
  await admin.openTab('Settings');
  const card = adminTab.getByTestId('room-link-card');
  await expect(card.getByTestId('room-link-url')).toContainText(`${origin}/j/`);
  await expect(card.getByTestId('room-link-qr')).toBeVisible();
  await shot(adminTab, 'room-group-settings');
  await adminTab.setViewportSize({ width: 1920, height: 1080 });
  await card.getByRole('button', { name: 'Presenter view' }).click();
  const presenter = adminTab.getByTestId('presenter-view');
  await expect(presenter.getByTestId('presenter-qr')).toBeVisible();
  await expect(presenter.getByRole('heading', { name: 'Forklift Wave 3', level: 1 })).toBeVisible();
  await expect(presenter.getByTestId('presenter-arrivals')).toContainText('No one has joined yet');
  await expectAccessible(adminTab, 'presenter view');
  await shot(adminTab, 'room-presenter-1920');

  // What a phone's camera would read: the QR code decoded from a screenshot of the projector.
  const png = PNG.sync.read(await adminTab.screenshot());
  const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
  expect(url).toMatch(new RegExp(`^${origin.replace(/\./g, '\\.')}/j/[0-9A-Z]+$`));
  await expect(presenter.getByTestId('presenter-address')).toHaveText(url.replace('http://', ''));

  // A phone: its own context (no admin cookie), phone-sized, touch; it may talk to the room listener only.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const foreign: string[] = [];
  await guardOrigin(phoneContext, [origin], foreign);
  const phone = await phoneContext.newPage();
  await phone.goto(url);
  await expect(phone.getByRole('heading', { name: 'Join your group' })).toBeVisible();
  const code = phone.getByRole('textbox', { name: 'Join code' });
  await expect(code).toHaveValue(url.split('/j/')[1]!);
  await expect(phone.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('autocomplete', 'name');
  await expect(phone.getByRole('textbox', { name: 'Email' })).toHaveAttribute('inputmode', 'email');
  await expect(phone.getByRole('textbox', { name: 'Email' })).toHaveAttribute('autocomplete', 'email');
  await expect(phone.getByRole('button', { name: /Staff/ })).toHaveCount(0);
  await expectAccessible(phone, 'phone page');
  await shot(phone, 'room-phone-390');
  // 320 px wide: one column, nothing sideways.
  await phone.setViewportSize({ width: 320, height: 640 });
  expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
  await shot(phone, 'room-phone-320');
  await phone.setViewportSize({ width: 390, height: 844 });

  await phone.getByRole('textbox', { name: 'Full name' }).fill('Ana Ruiz');
  await phone.getByRole('textbox', { name: 'Email' }).fill('ana@example.com');
  await phone.getByRole('button', { name: 'Join group' }).tap();
  await expect(phone.getByRole('heading', { name: "You're in!" })).toBeVisible();
  await expect(phone.getByText('you can close this page')).toBeVisible();
  await shot(phone, 'room-phone-success-390');

  // Both admin screens show the arrival by themselves, without a reload.
  await expect(presenter.getByTestId('presenter-arrivals')).toContainText('1 person has joined');
  await expect(presenter.getByTestId('presenter-arrivals')).toContainText('Ana');
  await expect(presenter.getByText('Ana', { exact: true })).toBeVisible();
  await expectAccessible(adminTab, 'presenter view with arrivals');
  await shot(adminTab, 'room-presenter-arrived-1920');
  await expect(membersTab.getByRole('tab', { name: /Members \(1\)/ })).toBeVisible();
  await expect(membersTab.getByText('Ana Ruiz')).toBeVisible();

  // The phone's session ended with its sign-up: reloading gives it nothing.
  const again = await phone.request.post(`${origin}/api/kiosk-status`, { data: {} });
  expect(again.status()).toBe(401);
  await phoneContext.close();
  expect(foreign, 'the phone asked for nothing outside the room listener').toEqual([]);

  // The join card carries the room link too, while the room is open.
  await adminTab.setViewportSize({ width: 1280, height: 800 });
  await adminTab.getByRole('button', { name: 'Back to the group' }).click();
  await adminTab.getByRole('button', { name: 'Join card (PDF)' }).click();
  await expect(adminTab.getByTestId('join-card-room-link')).toContainText(url.replace('http://', ''));
  const cardPng = PNG.sync.read(await adminTab.getByTestId('join-card').screenshot());
  expect(jsQR(new Uint8ClampedArray(cardPng.data), cardPng.width, cardPng.height)?.data).toBe(url);

  await adminTab.getByRole('button', { name: /Back to Forklift Wave 3/ }).click();

  // Turning sharing off closes the room at once.
  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
  await panel.getByRole('switch', { name: 'Let phones and other screens in this room sign up' }).click({ force: true });
  await expect(panel.getByTestId('room-off')).toBeVisible();
  await expect(fetch(url)).rejects.toThrow();
  await membersContext.close();
  expect(membersForeign).toEqual([]);
});

test('a station pairs from a QR code, runs the full kiosk, and removing it cuts it off', async ({
  app,
  admin: adminTab,
  browser,
  shot,
}) => {
  test.setTimeout(120_000);
  const admin = new AdminPage(adminTab);
  await admin.open(app.adminUrl);
  await admin.createGroup('Evening Class');
  const code = await admin.readCodeByHover();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  // Arranged through the API (the sharing switch has its own test above); only paired stations.
  const on = await app.api('network-set', { enabled: true, address: ROOM, port, phonesAllowed: false });
  expect(on.ok).toBe(true);
  const origin = `http://${ROOM}:${port}`;

  await adminTab.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Kiosk' }).click();
  const stations = adminTab.getByTestId('stations');
  await stations.getByRole('button', { name: 'Add a station' }).click();
  const dialog = adminTab.getByRole('dialog', { name: 'Add a station' });
  await dialog.getByRole('textbox', { name: 'Station name' }).fill('Front desk tablet');
  await dialog.getByRole('button', { name: 'Show pairing code' }).click();
  const pairing = adminTab.getByRole('dialog', { name: 'Pair Front desk tablet' }).getByTestId('pairing');
  await expect(pairing.getByTestId('pairing-code')).toHaveText(/^[0-9A-Z]{6}$/);
  await expectAccessible(adminTab, 'pairing dialog');
  await shot(adminTab, 'room-station-pairing');
  const png = PNG.sync.read(await pairing.screenshot());
  const url = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? '';
  expect(url).toBe(`${origin}/pair/${await pairing.getByTestId('pairing-code').textContent()}`);

  // The station: a tablet-sized browser of its own, talking to the room listener only.
  const stationContext = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: true });
  const foreign: string[] = [];
  await guardOrigin(stationContext, [origin], foreign);
  const station = await stationContext.newPage();
  await station.goto(url);
  await expect(station.getByRole('heading', { name: 'Join your group' })).toBeVisible();
  await expect(station.getByRole('textbox', { name: 'Join code' })).toHaveValue('');
  await expect(adminTab.getByRole('dialog').getByText('Front desk tablet is paired')).toBeVisible();
  await adminTab.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(stations.getByRole('row', { name: /Front desk tablet/ })).toContainText('Paired');

  // The full kiosk: sign up, see the group, Done clears it for the next person.
  await station.getByRole('textbox', { name: 'Full name' }).fill('Cy Ode');
  await station.getByRole('textbox', { name: 'Email' }).fill('cy@example.com');
  await station.getByRole('textbox', { name: 'Join code' }).fill(code);
  await station.getByRole('button', { name: 'Join group' }).click();
  await expect(station.getByTestId('joined-group')).toHaveText('Evening Class');
  await shot(station, 'room-station-success-768');
  await station.getByRole('button', { name: 'Done' }).click();
  await expect(station.getByRole('textbox', { name: 'Full name' })).toHaveValue('');
  // Sign-ups today, by itself (the list is polled).
  await expect(
    stations
      .getByRole('row', { name: /Front desk tablet/ })
      .getByRole('cell')
      .nth(3),
  ).toHaveText('1');
  await shot(adminTab, 'room-stations-list');

  // Removed: its very next request is refused, and it says why.
  await stations.getByRole('button', { name: 'Remove Front desk tablet' }).click();
  await expect(stations.getByRole('row', { name: /Front desk tablet/ })).toHaveCount(0);
  await station.getByRole('textbox', { name: 'Full name' }).fill('Di Next');
  await station.getByRole('textbox', { name: 'Email' }).fill('di@example.com');
  await station.getByRole('textbox', { name: 'Join code' }).fill(code);
  await station.getByRole('button', { name: 'Join group' }).click();
  await expect(station.getByText('This screen is no longer paired with JoinDesk.').first()).toBeVisible();
  await stationContext.close();
  expect(foreign).toEqual([]);
  expect((await app.api('groups-get', { id: 1 })).value.memberCount).toBe(1);
});
