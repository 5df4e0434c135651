import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Audience, Channel, Input, Output } from '../../src/shared/contract';
import type { Result } from '../../src/shared/result';
import type { Core } from '../../src/main/core';
import { createCore } from '../../src/main/core';
import type { Db } from '../../src/main/db/open';
import { openDatabase } from '../../src/main/db/open';

export function tempDir(prefix = 'joindesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A fixed clock the test can move. */
export function testClock(start = '2026-03-01T09:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => now,
    set: (iso: string) => {
      now = new Date(iso);
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
export function makeCore(file = path.join(tempDir(), 'joindesk.db')): TestCore {
  const db = openDatabase(file);
  const clock = testClock();
  const core = createCore(db, { env: { now: clock.now } });
  // Domain channels answer synchronously; `callAsync` is for the host ones.
  const call = <C extends Channel>(channel: C, input: Input<C>, audience: Audience = channelAudience(channel)) =>
    core.invoke(channel, input, audience) as Result<Output<C>>;
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

const channelAudience = (channel: Channel): Audience => (channel.startsWith('kiosk-register') ? 'kiosk' : 'admin');

/** Every row of every table: compare before and after to prove a call wrote nothing. */
export function snapshot(db: Db): string {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
}
