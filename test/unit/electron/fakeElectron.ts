/**
 * A stand-in for the `electron` module: it records what our code asks of Electron, so the
 * Electron-only layer can be tested in plain Node where no Electron binary exists.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

type Listener = (...args: unknown[]) => void;

export class FakeWebContents {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  printedWith: unknown[] = [];
  printToPDF(options: unknown) {
    this.printedWith.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7 stand-in'));
  }
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  setWindowOpenHandler(fn: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = fn;
  }
  /** Fires an event the way Electron would and says whether a listener called preventDefault. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    for (const fn of this.listeners.get(event) ?? []) fn(e, ...args);
    return prevented;
  }
}

export class BrowserWindow {
  static created: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Listener[]>();
  loadedUrl: string | null = null;
  visible = true;
  destroyed = false;
  menu: unknown = 'default';
  alwaysOnTop: unknown[] = [];
  constructor(readonly options: Record<string, unknown>) {
    BrowserWindow.created.push(this);
  }
  setMenu(menu: unknown) {
    this.menu = menu;
  }
  setAlwaysOnTop(...args: unknown[]) {
    this.alwaysOnTop = args;
  }
  hide() {
    this.visible = false;
  }
  /** As Electron does: 'close' may be prevented; otherwise the window is destroyed and 'closed' fires. */
  close() {
    let prevented = false;
    for (const fn of this.listeners.get('close') ?? []) fn({ preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    for (const fn of this.listeners.get('closed') ?? []) fn();
  }
  static fromWebContents(contents: FakeWebContents) {
    return BrowserWindow.created.find((w) => w.webContents === contents) ?? null;
  }
  static getAllWindows() {
    return BrowserWindow.created;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  once() {
    return this;
  }
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  show() {
    this.visible = true;
  }
  focused = 0;
  focus() {
    this.focused++;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export const dialog = {
  /** What the admin will answer to the next save dialog. */
  nextSave: { canceled: false, filePath: '' as string | undefined },
  asked: [] as unknown[],
  showSaveDialog: (...args: unknown[]) => {
    dialog.asked.push(args.at(-1));
    return Promise.resolve(dialog.nextSave);
  },
  /** What the admin will pick in the next open dialog. */
  nextOpen: { canceled: false, filePaths: [] as string[] },
  showOpenDialog: (...args: unknown[]) => {
    dialog.asked.push(args.at(-1));
    return Promise.resolve(dialog.nextOpen);
  },
  /** Message boxes shown (their options), and error boxes (title and content). */
  boxes: [] as { type?: string; title?: string; message: string }[],
  showMessageBox: (...args: unknown[]) => {
    dialog.boxes.push(args.at(-1) as { message: string });
    return Promise.resolve({ response: 0, checkboxChecked: false });
  },
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox: (title: string, content: string) => {
    dialog.errorBoxes.push({ title, content });
  },
};

export const app = {
  lockAnswer: true,
  /** What the system says its languages are (most wanted first), and Chromium's locale. */
  systemLanguages: ['en-US'] as string[],
  locale: 'en-US',
  getPreferredSystemLanguages: () => [...app.systemLanguages],
  getLocale: () => app.locale,
  quitCalls: 0,
  listeners: new Map<string, Listener[]>(),
  requestSingleInstanceLock: () => app.lockAnswer,
  quit: () => {
    app.quitCalls++;
  },
  on: (event: string, fn: Listener) => {
    app.listeners.set(event, [...(app.listeners.get(event) ?? []), fn]);
  },
};

export const shell = {
  opened: [] as string[],
  openExternal: (url: string) => {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const recorded = {
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
  handle: (scheme: string, fn: (request: Request) => Promise<Response>) => recorded.protocolHandlers.set(scheme, fn),
};

// Electron's net.fetch reads file: URLs; Node's fetch does not, so this does it the same way.
export const net = {
  fetch: async (url: string) => {
    try {
      return new Response(fs.readFileSync(fileURLToPath(url)));
    } catch {
      return new Response(null, { status: 404 });
    }
  },
};

export const ipcMain = {
  handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => recorded.ipcHandlers.set(channel, fn),
};

export const ipcRenderer = {
  invoke: (channel: string, input: unknown) => {
    recorded.invoked.push([channel, input]);
    return Promise.resolve({ ok: true, value: null });
  },
};

export const contextBridge = {
  exposeInMainWorld: (key: string, value: unknown) => recorded.exposed.set(key, value),
};

export function fakeSession() {
  type RequestHandler = (contents: unknown, permission: string, callback: (allowed: boolean) => void) => void;
  type CheckHandler = (contents: unknown, permission: string) => boolean;
  const asked: { request?: RequestHandler; check?: CheckHandler } = {};
  return {
    asked,
    setPermissionRequestHandler: (fn: RequestHandler) => (asked.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (asked.check = fn),
  };
}
