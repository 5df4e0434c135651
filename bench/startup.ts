import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../src/main/core';
import { openDatabase } from '../src/main/db/open';
import { median, rows } from './report';
import { insertLearners } from './sameWork';

const PROBE = path.join(import.meta.dirname, 'startupProbe.ts');

function probe(file: string, mode: 'clean' | 'full'): { ms: number; check: string } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', PROBE, file, mode], { encoding: 'utf8' });
  return JSON.parse(out) as { ms: number; check: string };
}

/**
 * Start-up on a file of `learners` learners, JoinDesk's own clean close before it: the median of a
 * few fresh processes, against a start after an unclean shutdown (every page checked, as every
 * start did before).
 */
export function benchStartup(file: string, learners: number, runs = 3): void {
  const clean: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = probe(file, 'clean');
    if (c.check !== 'header') throw new Error(`start-up after a clean close checked "${c.check}"`);
    clean.push(c.ms);
    const f = probe(file, 'full');
    if (f.check !== 'full') throw new Error(`start-up after an unclean shutdown checked "${f.check}"`);
    full.push(f.ms);
  }
  const ms = median(clean);
  rows.push({
    name: `start-up at ${learners.toLocaleString('en')} learners (header + schema check)`,
    ours: ms,
    unit: 'ms',
    bareName: 'after an unclean shutdown (quick_check, as before)',
    bare: median(full),
    ...(learners >= 1_000_000 ? { target: '≤ 500 ms', met: ms <= 500 } : {}),
  });
}

/** A data file of `learners` learners in `groups` groups, with their search terms, closed cleanly. */
export function buildLearners(file: string, learners: number, groups: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file);
  const core = createCore(db);
  const ids: number[] = [];
  db.transaction(() => {
    for (let g = 0; g < groups; g++) {
      const r = core.call('groups-create', { name: `Group ${g}` }, 'admin');
      if (!r.ok) throw new Error(r.error.message);
      ids.push(r.value.id);
    }
  })();
  insertLearners(db, ids, learners, (i) => `Learner ${i}`);
  db.close();
}
