import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/contract';
import { makeCore } from '../helpers';
import { FakeWebContents, recorded } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { registerIpc } = await import('../../../src/main/electron/ipc');
const { exposeApi } = await import('../../../src/preload/expose');

function setup() {
  const t = makeCore();
  const admin = new FakeWebContents();
  const kiosk = new FakeWebContents();
  const audiences = new Map([
    [admin.id, 'admin' as const],
    [kiosk.id, 'kiosk' as const],
  ]);
  registerIpc(t.core, (sender) => audiences.get(sender.id));
  const call = (channel: string, sender: FakeWebContents, input: unknown, url = 'app://joindesk/index.html') =>
    recorded.ipcHandlers.get(channel)!({ sender, senderFrame: url === '' ? null : { url } }, input);
  return { t, admin, kiosk, call };
}

describe('IPC', () => {
  it('registers exactly the contract’s channels', () => {
    setup();
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('serves the admin window on every channel', async () => {
    const { call, admin } = setup();
    expect(await call('groups-create', admin, { name: 'Ops' })).toMatchObject({ ok: true, value: { name: 'Ops' } });
  });

  it('refuses an admin channel from the kiosk window, and writes nothing', async () => {
    const { t, call, kiosk } = setup();
    expect(await call('groups-create', kiosk, { name: 'Ops' }, 'app://joindesk/kiosk.html')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await call('groups-list', kiosk, {}, 'app://joindesk/kiosk.html')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(t.db.prepare('SELECT count(*) AS n FROM groups').get()).toEqual({ n: 0 });
  });

  it('lets the kiosk window register', async () => {
    const { t, call, kiosk } = setup();
    const g = t.must('groups-create', { name: 'Ops' });
    const input = { name: 'Ana', email: 'ana@example.com', code: g.joinCode };
    expect(await call('kiosk-register', kiosk, input, 'app://joindesk/kiosk.html')).toMatchObject({
      ok: true,
      value: { groupName: 'Ops' },
    });
  });

  it.each(['https://evil.example/index.html', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', ''])(
    'refuses a call from a foreign frame (%j)',
    (url) => {
      const { t, call, admin } = setup();
      expect(call('groups-create', admin, { name: 'Ops' }, url)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(t.db.prepare('SELECT count(*) AS n FROM groups').get()).toEqual({ n: 0 });
    },
  );

  it('refuses a sender that is none of our windows', () => {
    const { call } = setup();
    expect(call('groups-list', new FakeWebContents(), {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('preloads', () => {
  it('the kiosk preload exposes kiosk channels only', () => {
    exposeApi('kiosk');
    expect(Object.keys(recorded.exposed.get('api') as object).sort()).toEqual(['kiosk-exit', 'kiosk-register', 'kiosk-status']);
  });

  it('the admin preload exposes every channel, each invoking its own name', async () => {
    exposeApi('admin');
    const api = recorded.exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api['groups-list']!({ search: 'x' });
    expect(recorded.invoked.at(-1)).toEqual(['groups-list', { search: 'x' }]);
  });
});
