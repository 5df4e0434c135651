import { expect, test } from './fixtures';
import { KioskPage } from './pages/KioskPage';

// While a restore or an import holds the data, the core answers `paused`: the kiosk says "one moment"
// and signs the learner up by itself once it can (the core's side is proven in test/unit/core/jobs.test.ts).
test('the kiosk waits out a pause by itself, then signs the learner up', async ({ app, kiosk: kioskTab, shot }) => {
  const group = await app.api('groups-create', { name: 'Pause Wave' });
  await app.api('admin-pin-set', { pin: '48151623' });
  const kiosk = new KioskPage(kioskTab);
  await kiosk.open(await app.link('kiosk'));
  let paused = 2;
  await kioskTab.route('**/api/kiosk-register', async (route) => {
    if (paused-- <= 0) return route.continue();
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'paused',
          message: 'One moment, please: sign-up will carry on by itself in a few seconds.',
          retryAfterSeconds: 1,
        },
      }),
    });
  });
  await kiosk.submit({ name: 'Ada Patient', email: 'ada@example.com', code: group.value.joinCode });
  await expect(kioskTab.getByTestId('paused-note')).toContainText('One moment, please');
  await expect(kioskTab.getByRole('button', { name: 'Join group' })).toHaveAttribute('data-loading', 'true');
  await shot(kioskTab, 'kiosk-paused');
  await expect(kiosk.joinedGroup()).toContainText('Pause Wave');
  await expect(kioskTab.getByTestId('paused-note')).toHaveCount(0);
  expect((await app.api('learners-list', { search: 'ada' })).value.total).toBe(1);
});
