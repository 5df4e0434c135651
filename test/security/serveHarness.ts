import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { backupFileStore } from '../../src/main/serve/fileRoutes';
import { createKioskServer } from '../../src/main/serve/kioskServer';
import { createInFlightGate } from '../../src/main/serve/limits';
import type { ServeListener } from '../../src/main/serve/server';
import { createAdminServer } from '../../src/main/serve/server';
import type { TestCore } from '../unit/helpers';
import { makeCore, tempDir } from '../unit/helpers';

export const TOKENS = { admin: 'a'.repeat(40), kiosk: 'k'.repeat(40) };

/** The room network stands on a loopback alias in tests: never a real private address (DESIGN §5). */
export const ROOM = '127.0.0.2';

/** A port free on the room address, for `network-set` (which takes 1024 and up). */
export const freeRoomPort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, ROOM, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One serve-mode instance as the tests attack it: an admin origin and a kiosk origin. */
export interface Harness {
  t: TestCore;
  admin: { port: number; origin: string };
  kiosk: { port: number; origin: string };
  /** A fresh sign-in link (full URL) for each audience. */
  adminLink(): string;
  kioskLink(): string;
  /** Moves the clock the session store sees. */
  advance(ms: number): void;
  inFlight(): number | undefined;
  close(): Promise<void>;
}

/** A renderer folder with one asset only the admin page loads and one the kiosk page loads. */
export function fakeRenderer(): string {
  const root = path.join(tempDir(), 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<title>admin page</title><script src="./assets/admin-1.js"></script>');
  fs.writeFileSync(path.join(root, 'kiosk.html'), '<title>kiosk page</title><script src="./assets/kiosk-1.js"></script>');
  fs.writeFileSync(path.join(root, 'assets', 'admin-1.js'), 'import "./shared-1.js"; /* admin */');
  fs.writeFileSync(path.join(root, 'assets', 'kiosk-1.js'), 'import "./shared-1.js"; /* kiosk */');
  fs.writeFileSync(path.join(root, 'assets', 'shared-1.js'), 'export {}');
  return root;
}

export async function start(): Promise<Harness> {
  let now = Date.now();
  const clock = { now: () => now };
  const listeners: { admin?: ServeListener; kiosk?: ServeListener } = {};
  const t = makeCore(undefined, {
    host: {
      openKiosk: () => ({ url: listeners.kiosk!.link() }),
      sessionLink: (audience) => ({ url: listeners[audience]!.link() }),
    },
  });
  const gate = createInFlightGate();
  const rendererDir = fakeRenderer();
  const files = backupFileStore(t.db.name);
  const admin = createAdminServer({ core: t.core, rendererDir, tokens: TOKENS, port: 0, gate, files, ...clock });
  const kiosk = createKioskServer({ core: t.core, rendererDir, host: '127.0.0.1', port: 0, gate, ...clock });
  Object.assign(listeners, { admin, kiosk });
  await admin.listen();
  await kiosk.listen();
  return {
    t,
    admin: { port: admin.port(), origin: admin.origin() },
    kiosk: { port: kiosk.port(), origin: kiosk.origin() },
    adminLink: () => admin.link(),
    kioskLink: () => kiosk.link(),
    advance: (ms) => {
      now += ms;
    },
    inFlight: () => gate.inFlight(),
    close: async () => {
      await Promise.all([admin.close(), kiosk.close()]);
    },
  };
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** A request to a full URL; Host defaults to the URL's host, as a browser sends it. */
export function request(url: string, opts: RequestOptions = {}): Promise<Reply> {
  const u = new URL(url);
  return new Promise<Reply>((resolve, reject) => {
    const headers: Record<string, string> = { Host: u.host, ...opts.headers };
    if (opts.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(opts.body));
    const req = http.request(
      { host: u.hostname, port: u.port, method: opts.method ?? 'GET', path: u.pathname + u.search, headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

export const call = (origin: string, channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * Opens a sign-in link as a browser would. Returns the reply, the `name=value` cookie it set, the tab
 * secret the redirect's fragment carried, and `session`: the headers a signed-in page sends with each call.
 */
export async function signIn(
  link: string,
): Promise<{ reply: Reply; cookie: string; setCookie: string; tab: string; session: Record<string, string> }> {
  const reply = await request(link);
  const setCookie = ([] as string[]).concat(reply.headers['set-cookie'] ?? [])[0] ?? '';
  const cookie = setCookie.split(';')[0]!;
  const tab = /#tab=([A-Za-z0-9_-]+)$/.exec(String(reply.headers.location ?? ''))?.[1] ?? '';
  return { reply, cookie, setCookie, tab, session: { Cookie: cookie, 'X-JoinDesk-Tab': tab } };
}

/** A POST whose body has started but not finished: the request counts as in flight until `finish`. */
export function held(url: string, headers: Record<string, string>) {
  const u = new URL(url);
  const body = `${' '.repeat(62)}{}`;
  let req!: http.ClientRequest;
  const response = new Promise<Reply>((resolve, reject) => {
    req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method: 'POST',
        path: u.pathname,
        headers: { Host: u.host, 'Content-Type': 'application/json', 'Content-Length': String(body.length), ...headers },
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, 10));
  });
  return {
    response,
    finish: () => {
      if (!req.writableEnded) req.end(body.slice(10));
    },
  };
}

/**
 * Streams `total` bytes of spaces in 64 KiB writes, stopping as soon as an answer arrives.
 * `written` says how much the server let through before answering.
 */
export function stream(url: string, headers: Record<string, string>, total: number, declare = false) {
  const u = new URL(url);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  return new Promise<Reply & { written: number }>((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        method: 'POST',
        path: u.pathname,
        headers: { Host: u.host, ...(declare ? { 'Content-Length': String(total) } : {}), ...headers },
        agent: false,
      },
      (res) => {
        answered = true;
        const at = written;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, written: at });
          req.destroy();
        });
      },
    );
    // Once answered, a reset from the server closing the connection is expected.
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = (): void => {
      while (!answered && written < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - written));
        written += piece.length;
        if (!req.write(piece)) {
          req.once('drain', () => setImmediate(pump));
          return;
        }
      }
      if (!answered) req.end();
    };
    req.flushHeaders();
    setImmediate(pump);
  });
}
