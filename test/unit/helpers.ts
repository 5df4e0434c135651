import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Audience, Channel, Input, Output } from '../../src/shared/contract';
import { contract } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';
import type { Core, CoreOptions } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { Db } from '../../src/main/db/open';
import { openDatabase } from '../../src/main/db/open';

export function tempDir(prefix = 'joindesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The backup `emptiedBesideBackup` leaves beside the data file. */
const KEPT_BACKUP = 'auto-20260301T090000000Z-0123abcd.db';

/** A data file that became empty (0 bytes) after JoinDesk had data there, with one backup beside it. */
export function emptiedBesideBackup(): string {
  const dir = tempDir();
  const file = path.join(dir, 'joindesk.db');
  openDatabase(file).close();
  fs.mkdirSync(path.join(dir, 'backups'));
  fs.copyFileSync(file, path.join(dir, 'backups', KEPT_BACKUP));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.writeFileSync(file, '');
  return file;
}

/** A fixed wall clock and a monotonic one, which the test moves. */
export function testClock(start = '2026-03-01T09:00:00.000Z') {
  let now = new Date(start);
  let mono = 1_000_000;
  return {
    now: () => now,
    monotonicMs: () => mono,
    /** Sets the wall clock only, as someone changing the system time would. */
    set: (iso: string) => {
      now = new Date(iso);
    },
    /** Time passes: both clocks move. */
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
      mono += ms;
    },
  };
}

export interface TestCore {
  db: Db;
  core: Core;
  clock: ReturnType<typeof testClock>;
  call<C extends Channel>(channel: C, input: Input<C>, audience?: Audience): Result<Output<C>>;
  /** Unwraps a success, failing the test with the error otherwise. */
  must<C extends Channel>(channel: C, input: Input<C>, audience?: Audience): Output<C>;
}

/** A real core on a real SQLite database (a temp file, so WAL and pragmas behave as in the app). */
export function makeCore(file = path.join(tempDir(), 'joindesk.db'), options: CoreOptions = {}): TestCore {
  const db = openDatabase(file);
  const clock = testClock();
  const core = createCore(db, { ...options, env: { now: clock.now, monotonicMs: clock.monotonicMs } });
  // Domain channels answer at once; await `core.call` for the deferred ones (host and worker work).
  const call = <C extends Channel>(channel: C, input: Input<C>, audience: Audience = contract[channel].audience) => {
    const answer: Result<Output<C>> | Promise<Result<Output<C>>> = core.call(channel, input, audience, { kioskId: 'test-kiosk' });
    if (answer instanceof Promise) throw new Error(`${channel} answered later: await t.core.call for it`);
    return answer;
  };
  return {
    db,
    core,
    clock,
    call,
    must(channel, input, audience) {
      const result = call(channel, input, audience);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
  };
}

/** Every row of every table (but `except`): compare before and after to prove a call wrote nothing. */
export function snapshot(db: Db, except: string[] = []): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(
    tables.filter(({ name }) => !except.includes(name)).map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]),
  );
}

/** The tables where the kiosk throttle counts wrong guesses, and the records count failed sign-ups. */
export const THROTTLE_TABLES = ['kiosk_throttle', 'kiosk_failures', 'kiosk_attempts'];
