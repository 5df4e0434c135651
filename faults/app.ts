import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import path from 'node:path';

/** The built serve mode (`npm run build` first), as a separate process the suite can kill -9. */
const SERVE = path.resolve('out', 'main', 'serve.js');

export const TOKENS = { admin: randomBytes(32).toString('base64url'), kiosk: randomBytes(32).toString('base64url') };

/** The API's envelope, loosely: the suite reads what it needs. */
export type Answer = { ok: boolean; value?: any; error?: any };

export interface App {
  base: string;
  child: ChildProcess;
  /** A channel as the admin's script would call it. */
  admin(channel: string, input: unknown): Promise<Answer>;
  /** A channel as a kiosk script would call it (the kiosk token, on the admin port). */
  kiosk(channel: string, input: unknown): Promise<Answer>;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts serve mode on `dataDir`; resolves once it listens, or rejects with what it said on the way out. */
export function startApp(dataDir: string): Promise<App> {
  const child = spawn(process.execPath, [SERVE], {
    env: {
      ...process.env,
      JOINDESK_PORT: '0',
      JOINDESK_KIOSK_PORT: '0',
      JOINDESK_DATA_DIR: dataDir,
      JOINDESK_TOKEN: TOKENS.admin,
      JOINDESK_KIOSK_TOKEN: TOKENS.kiosk,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr!.on('data', (c: Buffer) => (said += c.toString()));
  return new Promise((resolve, reject) => {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.once('exit', (code) => reject(new StartRefused(code, said.trim())));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      said += `${line}\n`;
      const m = /^Admin:\s+(http:\/\/[^/]+)/.exec(line);
      if (!m) return;
      const base = m[1]!;
      const call = (token: string) => async (channel: string, input: unknown) => {
        const res = await fetch(`${base}/api/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await res.json()) as Answer;
      };
      const end = async (signal: NodeJS.Signals) => {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await exited;
      };
      resolve({
        base,
        child,
        admin: call(TOKENS.admin),
        kiosk: call(TOKENS.kiosk),
        kill: () => end('SIGKILL'),
        stop: () => end('SIGTERM'),
      });
    });
  });
}

export class StartRefused extends Error {
  constructor(
    readonly code: number | null,
    readonly said: string,
  ) {
    super(`serve exited with ${code}: ${said}`);
  }
}

/** Opens the data read-only after the app is gone: what did it really keep? */
export function inspectData(dataDir: string): { integrity: string; emails: Set<string>; db: Database.Database } {
  const db = new Database(path.join(dataDir, 'joindesk.db'), { readonly: true, fileMustExist: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const emails = new Set(db.prepare('SELECT email FROM learners').pluck().all() as string[]);
  return { integrity, emails, db };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const randomBetween = (min: number, max: number) => min + Math.floor(Math.random() * (max - min));

/**
 * Signs learners up from `clients` parallel kiosks until `stop()`. A `paused` answer is retried for
 * the same learner every 100 ms, as the kiosk screen does (it waits longer): `longestWait` is the
 * longest a learner waited for a final answer, `longestRequest` the longest any one request took.
 */
export function signUpLoop(app: App, code: string, prefix: string, clients = 4) {
  const acknowledged: string[] = [];
  const codes = new Map<string, number>();
  const figures = { longestRequest: 0, longestWait: 0 };
  let running = true;
  let n = 0;
  const client = async () => {
    while (running) {
      const email = `${prefix}${n++}@example.com`;
      const firstTry = performance.now();
      try {
        for (;;) {
          const started = performance.now();
          const r = await app.kiosk('kiosk-register', { name: `Fault ${n}`, email, code });
          figures.longestRequest = Math.max(figures.longestRequest, performance.now() - started);
          if (!r.ok && r.error.code === 'paused' && running) {
            await sleep(100);
            continue;
          }
          figures.longestWait = Math.max(figures.longestWait, performance.now() - firstTry);
          const key = r.ok ? 'ok' : r.error.code;
          codes.set(key, (codes.get(key) ?? 0) + 1);
          if (r.ok) acknowledged.push(email);
          break;
        }
      } catch {
        // The process died mid-request: that sign-up was never acknowledged.
        if (!running) return;
        await sleep(5);
      }
    }
  };
  const done = Promise.all(Array.from({ length: clients }, client));
  return {
    acknowledged,
    codes,
    figures,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

export const roster = (rows: number, prefix: string, group: string) =>
  `name,email,group\n${Array.from({ length: rows }, (_, i) => `${prefix} ${i},${prefix.toLowerCase()}${i}@example.com,${group}`).join('\n')}\n`;
