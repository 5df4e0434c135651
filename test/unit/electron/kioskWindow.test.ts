import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as FakeWindow } from './fakeElectron';
import { app, BrowserWindow } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

const { createKioskController, isBlockedShortcut, KIOSK_WINDOW_OPTIONS } = await import('../../../src/main/electron/kioskWindow');
const { acquireSingleInstance, holdQuitWhile } = await import('../../../src/main/electron/lifecycle');

function setup() {
  const admin = new BrowserWindow({});
  const created: FakeWindow[] = [];
  const controller = createKioskController({
    preloadDir: '/p',
    adminWindow: () => admin as never,
    onCreated: (w) => created.push(w as unknown as FakeWindow),
  });
  controller.open();
  const kiosk = created[0]!;
  return { admin, kiosk, controller, created };
}

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; alt: boolean; shift: boolean }> = {}) => ({
  type: 'keyDown' as const,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('kiosk window', () => {
  it('is full-screen kiosk mode, on top, with no menu, sandboxed with the kiosk preload', () => {
    const { kiosk } = setup();
    expect(kiosk.options).toMatchObject({ ...KIOSK_WINDOW_OPTIONS, kiosk: true, fullscreen: true, frame: false });
    expect(kiosk.options.webPreferences).toMatchObject({ preload: '/p/kiosk.cjs', sandbox: true, contextIsolation: true });
    expect(kiosk.loadedUrl).toBe('app://joindesk/kiosk.html');
    expect(kiosk.menu).toBeNull();
    expect(kiosk.alwaysOnTop).toEqual([true, 'screen-saver']);
  });

  it('hides the admin window while it runs, and brings it back after a PIN exit', () => {
    const { admin, kiosk, controller } = setup();
    expect(admin.visible).toBe(false);
    expect(controller.isActive()).toBe(true);
    controller.exit();
    expect(kiosk.destroyed).toBe(true);
    expect(admin.visible).toBe(true);
    expect(controller.isActive()).toBe(false);
  });

  it('refuses to close without the PIN', () => {
    const { kiosk, admin, controller } = setup();
    kiosk.close();
    expect(kiosk.destroyed).toBe(false);
    expect(admin.visible).toBe(false);
    expect(controller.isActive()).toBe(true);
  });

  it('is a single instance: opening again focuses the one there is', () => {
    const { kiosk, controller, created } = setup();
    controller.open();
    expect(created).toHaveLength(1);
    expect(kiosk.focused).toBe(1);
  });

  it('swallows reload, developer-tools, close, quit and navigation shortcuts', () => {
    const { kiosk } = setup();
    const blocked = [
      key('F5'),
      key('r', { control: true }),
      key('R', { meta: true, shift: true }),
      key('F12'),
      key('I', { control: true, shift: true }),
      key('j', { meta: true, shift: true }),
      key('w', { control: true }),
      key('q', { meta: true }),
      key('F4', { alt: true }),
      key('ArrowLeft', { alt: true }),
      key('n', { control: true }),
      key('p', { control: true }),
      key('F11'),
    ];
    for (const input of blocked)
      expect(kiosk.webContents.emitPreventable('before-input-event', input), JSON.stringify(input)).toBe(true);
  });

  it('lets typing, editing and zoom through', () => {
    const allowed = [
      key('a'),
      key('A', { shift: true }),
      key('Tab'),
      key('Enter'),
      key('v', { control: true }),
      key('=', { control: true }),
      key('-', { control: true }),
      key('Backspace'),
    ];
    for (const input of allowed) expect(isBlockedShortcut(input), JSON.stringify(input)).toBe(false);
    expect(isBlockedShortcut({ ...key('r', { control: true }), type: 'keyUp' })).toBe(false);
  });
});

describe('app lifecycle', () => {
  it('takes the single-instance lock; a second launch hands over and quits', () => {
    const onSecond = vi.fn();
    app.lockAnswer = true;
    expect(acquireSingleInstance(onSecond)).toBe(true);
    app.listeners.get('second-instance')![0]!();
    expect(onSecond).toHaveBeenCalledOnce();
    app.lockAnswer = false;
    const quits = app.quitCalls;
    expect(acquireSingleInstance(onSecond)).toBe(false);
    expect(app.quitCalls).toBe(quits + 1);
  });

  it('holds quitting while the kiosk is active', () => {
    let active = true;
    holdQuitWhile(() => active);
    const beforeQuit = app.listeners.get('before-quit')!.at(-1)!;
    let prevented = false;
    beforeQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    active = false;
    prevented = false;
    beforeQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
  });
});
