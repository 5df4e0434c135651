// The longest the event loop stood still while a kiosk signed people up over HTTP and long work
// ran in the worker (a backup, an import, a restore), against the same kiosk with no job running.
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Core } from '../src/main/core';
import { createCore } from '../src/main/core';
import type { Db } from '../src/main/db/open';
import { createJobRunner } from '../src/main/jobs/jobRunner';
import { createKioskServer } from '../src/main/serve/kioskServer';
import { percentile, rows } from './report';
import { openSessions, startClients } from './signupHttp';

const WORKER = path.join(import.meta.dirname, 'jobWorker.mjs');

export interface StallOptions {
  db: Db;
  dir: string;
  code: string;
  importCsv: string;
  importRows: number;
}

export async function benchStalls(o: StallOptions): Promise<void> {
  const runner = createJobRunner({ dbFile: o.db.name, workerFile: WORKER, onWriting: (on) => core.setWriting(on) });
  // Wired as serve mode and the desktop app wire it.
  const core: Core = createCore(o.db, { host: { runInWorker: runner.run, importProgress: runner.progress } });
  const server = createKioskServer({ core, rendererDir: o.dir, host: '127.0.0.1', port: 0 });
  await server.listen();
  const [session] = await openSessions(server, 1);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  /** Runs `work` with one kiosk signing up throughout; the longest loop stall and sign-up wait. */
  const during = async (label: string, work: () => Promise<unknown>) => {
    const clients = startClients({
      origin: server.origin(),
      sessions: [session!],
      code: o.code,
      prefix: `${label}${Date.now()}`,
    });
    await new Promise((r) => setTimeout(r, 200)); // the kiosk is signing up when the job starts
    histogram.reset();
    const started = performance.now();
    await work();
    const stall = histogram.max / 1e6;
    const ms = performance.now() - started;
    const signedUp = await clients.stop();
    if (Object.keys(signedUp.errors).length) throw new Error(`${label}: sign-ups failed: ${JSON.stringify(signedUp.errors)}`);
    return { stall, ms, signedUp };
  };
  try {
    const idle = await during('idle', () => new Promise((r) => setTimeout(r, 2000)));
    const must = async (channel: Parameters<Core['invoke']>[0], input: unknown) => {
      const r = await core.invoke(channel, input, 'admin');
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value;
    };
    let backupName = '';
    const jobs: [string, () => Promise<unknown>][] = [
      ['a backup', async () => (backupName = ((await must('backup-create', {})) as { name: string }).name)],
      [
        `an import of ${o.importRows.toLocaleString('en')} rows`,
        () => must('learners-import-commit', { csv: o.importCsv, existing: 'skip' }),
      ],
      ['a restore (sign-ups pause, then carry on)', () => must('backup-restore', { name: backupName })],
    ];
    for (const [label, work] of jobs) {
      const r = await during(label.split(' ')[1]!, work);
      rows.push({
        name: `longest event-loop stall during ${label}`,
        detail: `job ${(r.ms / 1000).toFixed(1)} s; ${r.signedUp.ok} sign-ups, longest ${Math.max(...r.signedUp.latencies).toFixed(0)} ms, ${r.signedUp.paused} paused answers`,
        ours: r.stall,
        unit: 'ms',
        bareName: `no job: ${idle.signedUp.ok} sign-ups, p99 ${percentile(idle.signedUp.latencies, 99).toFixed(0)} ms`,
        bare: idle.stall,
        target: '≤ 100 ms',
        met: r.stall <= 100,
      });
    }
  } finally {
    histogram.disable();
    await server.close();
  }
}
