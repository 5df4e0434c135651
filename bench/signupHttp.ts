// Sign-up over HTTP, as kiosks send it to the kiosk server, at several clients at once, against the
// fsync floor: bare autocommit INSERTs into the same file, one transaction (and one fsync) each.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Core } from '../src/main/core';
import type { Db } from '../src/main/db/open';
import { createKioskServer } from '../src/main/serve/kioskServer';
import type { ServeListener } from '../src/main/serve/server';
import { percentile, rows } from './report';

export interface Session {
  cookie: string;
  tab: string;
}

export interface ClientRun {
  latencies: number[];
  ok: number;
  errors: Record<string, number>;
  paused: number;
  seconds: number;
}

/** One kiosk session per client, opened as a kiosk opens one: its one-time link, then the cookie. */
export async function openSessions(server: ServeListener, n: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < n; i++) {
    const res = await fetch(server.link(), { redirect: 'manual' });
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    const tab = /#tab=([A-Za-z0-9_-]+)/.exec(res.headers.get('location') ?? '')![1]!;
    sessions.push({ cookie, tab });
  }
  return sessions;
}

const CLIENTS = path.join(import.meta.dirname, 'signupClients.mjs');

/** Starts the clients in their own thread; `stop` ends an open-ended run and gives its figures. */
export function startClients(o: { origin: string; sessions: Session[]; code: string; prefix: string; seconds?: number }): {
  done: Promise<ClientRun>;
  stop: () => Promise<ClientRun>;
} {
  const worker = new Worker(CLIENTS, {
    workerData: { ...o, seconds: o.seconds ?? 0, untilStopped: o.seconds === undefined },
  });
  const done = new Promise<ClientRun>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    done,
    stop: () => {
      worker.postMessage('stop');
      return done;
    },
  };
}

/** Bare autocommit INSERTs of learner rows for `seconds`: each its own transaction and fsync. */
export function fsyncFloor(db: Db, groupId: number, seconds: number): number {
  const insert = db.prepare(
    "INSERT INTO learners (name, email, email_key, group_id, role, source, code_key, registered_at) VALUES (?, ?, ?, ?, 'learner', 'kiosk', NULL, ?)",
  );
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  let n = 0;
  const tag = Date.now().toString(36);
  while (performance.now() < until) {
    const email = `floor.${tag}.${n++}@example.com`;
    insert.run('Floor Person', email, email, groupId, new Date().toISOString());
  }
  return n / ((performance.now() - started) / 1000);
}

export interface SignupHttpOptions {
  db: Db;
  core: Core;
  /** The same data, with sign-ups committed one by one: to show what group commit changes. */
  coreOneByOne: Core;
  code: string;
  groupId: number;
  dir: string;
  seconds: number;
  levels: number[];
}

/** Sign-up over HTTP at each number of clients: throughput, p50, p99, against the fsync floor. */
export async function benchSignupHttp(o: SignupHttpOptions): Promise<void> {
  const floor = fsyncFloor(o.db, o.groupId, o.seconds);
  const run = async (core: Core, clients: number, label: string) => {
    const server = createKioskServer({ core, rendererDir: o.dir, host: '127.0.0.1', port: 0 });
    await server.listen();
    try {
      const sessions = await openSessions(server, clients);
      const prefix = `${label}${clients}x${Date.now().toString(36)}`;
      // A short warm-up, then the measured run.
      await startClients({ origin: server.origin(), sessions, code: o.code, prefix: `w${prefix}`, seconds: 0.3 }).done;
      const r = await startClients({ origin: server.origin(), sessions, code: o.code, prefix, seconds: o.seconds }).done;
      const failed = Object.entries(r.errors);
      if (failed.length) throw new Error(`sign-up over HTTP failed: ${JSON.stringify(r.errors)}`);
      return { perSecond: r.ok / r.seconds, p50: percentile(r.latencies, 50), p99: percentile(r.latencies, 99) };
    } finally {
      await server.close();
    }
  };
  for (const clients of o.levels) {
    const r = await run(o.core, clients, 'g');
    const target = clients === Math.max(...o.levels) ? '≥ 50 % of the fsync floor' : undefined;
    rows.push({
      name: `sign-up over HTTP, ${clients} client${clients === 1 ? '' : 's'}`,
      detail: `p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
      ours: r.perSecond,
      unit: '/s',
      bareName: 'fsync floor: bare autocommit INSERT, 1 thread',
      bare: floor,
      ...(target ? { target, met: r.perSecond >= floor / 2 } : {}),
    });
  }
  // Group commit kept only if it shows: the same load with every sign-up committed on its own.
  const most = Math.max(...o.levels);
  const grouped = rows.at(-1)!.ours;
  const alone = await run(o.coreOneByOne, most, 'a');
  rows.push({
    name: `sign-up over HTTP, ${most} clients, group commit`,
    detail: `one commit each: p50 ${alone.p50.toFixed(1)} ms, p99 ${alone.p99.toFixed(1)} ms`,
    ours: grouped,
    unit: '/s',
    bareName: 'the same, each sign-up committed alone',
    bare: alone.perSecond,
  });
}
