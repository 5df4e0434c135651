// npm run bench: JoinDesk at scale (DESIGN §6). Builds 1,000,000 learners in 10,000 groups, then
// times each operation as the screens and the kiosk call it, beside a bare statement doing the same
// work (same rows, same count, same writes) on the same data in the same run, and prints one table
// (also written as JSON to bench/results/latest.json, to compare runs). Times are medians of
// repeated runs. Smaller runs: BENCH_LEARNERS, BENCH_GROUPS, BENCH_IMPORT, BENCH_PHONES,
// BENCH_HTTP_SECONDS; BENCH_SKIP=room,http,stalls,startup,paint leaves parts out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core';
import { searchDocument } from '../src/main/core/searchTerms';
import { openDatabase } from '../src/main/db/open';
import { createKioskServer } from '../src/main/serve/kioskServer';
import { createAddressCeiling, ROOM_LIMITS } from '../src/main/serve/roomLimits';
import { benchFirstPaint, canMeasurePaint } from './firstPaint';
import { printTable, rows, writeJson } from './report';
import { benchRoster } from './roster';
import { bareImport, bareSignUp } from './sameWork';
import { benchSignupHttp } from './signupHttp';
import { benchStalls } from './stalls';
import { benchStartup, buildLearners } from './startup';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT ?? 100_000);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const RESULTS = path.join(import.meta.dirname, 'results', 'latest.json');

const FIRST = [
  'Ana',
  'Bo',
  'Chen',
  'Dee',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jo',
  'Kemal',
  'Lina',
  'Mo',
  'Nia',
  'Omar',
  'Pia',
];
const LAST = [
  'Smith',
  'Garcia',
  'Okafor',
  'Nguyen',
  'Kowalski',
  'Silva',
  'Haddad',
  'Tanaka',
  'Murphy',
  'Rossi',
  'Novak',
  'Ahmed',
];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-bench-'));
const file = path.join(dir, 'joindesk.db');
const db = openDatabase(file);
const core = createCore(db);

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function must<T>(result: unknown): T {
  const r = result as { ok: boolean; value?: T; error?: unknown };
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

console.log(`Building ${GROUPS.toLocaleString()} groups and ${LEARNERS.toLocaleString()} learners in ${file} …`);
let t0 = performance.now();
const groupIds: number[] = [];
const codes: string[] = [];
db.transaction(() => {
  for (let g = 0; g < GROUPS; g++) {
    const group = must<{ id: number; joinCode: string }>(core.call('groups-create', { name: `Group ${g}` }, 'admin'));
    groupIds.push(group.id);
    codes.push(group.joinCode);
  }
})();
const insertLearner = db.prepare(
  "INSERT INTO learners (name, email, email_key, group_id, role, source, code_key, registered_at) VALUES (?, ?, ?, ?, 'learner', 'kiosk', NULL, ?)",
);
const insertSearch = db.prepare('INSERT INTO learner_search (rowid, doc) VALUES (?, ?)');
// Some names with accents and some in Chinese, beside the Smiths (for "mith"), so each search finds
// what it would in a real roster: every 7th surname is Díaz, every 100th learner has a Chinese name.
const CJK = ['王小明', '李小龙', '张伟', '陈静'];
const start = Date.parse('2026-01-01T00:00:00Z');
db.transaction(() => {
  for (let i = 0; i < LEARNERS; i++) {
    const last = i % 7 === 3 ? 'Díaz' : LAST[Math.floor(i / FIRST.length) % LAST.length];
    const name = i % 100 === 42 ? `${CJK[Math.floor(i / 100) % CJK.length]}${i}` : `${FIRST[i % FIRST.length]} ${last} ${i}`;
    const email = `learner${i}@example.com`;
    const id = Number(
      insertLearner.run(name, email, email, groupIds[i % GROUPS], new Date(start + i * 1000).toISOString()).lastInsertRowid,
    );
    insertSearch.run(id, searchDocument(name, email));
  }
})();
// No ANALYZE: the app never runs it (its files hold no sqlite_stat1; start-up refuses one that
// does), so every query here is planned as it is in the app.
console.log(`Built in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n`);

/**
 * Times `ours` (the call as a screen makes it) beside `bare` (a bare statement doing the same work),
 * alternating, and adds the row. The bare side is named by `bareName`, or by the function's name.
 */
function compare(name: string, ours: () => void, bare: () => void, runs = 50, bareName?: string) {
  ours();
  bare(); // warm both
  const a = median(ours, runs);
  const b = median(bare, runs);
  rows.push({ name, ours: a, bare: b, unit: 'ms', bareName: bareName ?? (bare.name || 'bare statement') });
}

// The Learners table's requests, each sort, each kind of search, the group filter (bench/roster.ts).
benchRoster({ db, core, groupIds, compare });

// The group list page.
compare(
  'groups list page (search "group 77")',
  () => must(core.call('groups-list', { search: 'group 77', limit: 50 }, 'admin')),
  () => {
    // The same page: the total, and 50 groups by name with their codes and member counts.
    db.prepare("SELECT count(*) FROM groups g JOIN join_codes c ON c.group_id = g.id WHERE g.name_key LIKE 'group 77%'")
      .pluck()
      .get();
    db.prepare(
      `SELECT g.*, c.*, (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS members
       FROM groups g JOIN join_codes c ON c.group_id = g.id WHERE g.name_key LIKE 'group 77%' ORDER BY g.name_key LIMIT 50`,
    ).all();
  },
  50,
  'bare: the same count and page, codes and member counts',
);

// One kiosk sign-up as the kiosk sends it (validated, throttled, one transaction), beside bare
// statements doing the same reads and writes in one transaction (bench/sameWork.ts).
const bareSignUpOnce = bareSignUp(db);
const codeKey = (display: string) => display.replace(/-/g, '');
let n = 0;
const signUpInput = () => ({ name: `Kiosk Person ${n}`, email: `kiosk${n++}@example.com`, code: codes[n % GROUPS]! });
compare(
  'kiosk sign-up (kiosk-register, in process)',
  () => must(core.call('kiosk-register', signUpInput(), 'kiosk', { kioskId: 'bench' })),
  () => {
    const input = signUpInput();
    bareSignUpOnce(input.name, `${input.email}.bare`, codeKey(input.code));
  },
  200,
  'bare: the same reads and writes, one transaction',
);

// Statements prepared once per connection: the same calls through a core whose connection compiles
// every statement at each call, as every call did before.
const uncached = openDatabase(file, { checked: true, cacheStatements: false });
const uncachedCore = createCore(uncached);
compare(
  'kiosk sign-up, statements prepared once',
  () => must(core.call('kiosk-register', signUpInput(), 'kiosk', { kioskId: 'bench' })),
  function compiledEachCall() {
    must(uncachedCore.call('kiosk-register', signUpInput(), 'kiosk', { kioskId: 'bench' }));
  },
  200,
  'the same call, each statement compiled per call',
);
compare(
  'email search ("learner77777"), statements prepared once',
  () => must(core.call('learners-list', { search: 'learner77777', limit: 50 }, 'admin')),
  () => must(uncachedCore.call('learners-list', { search: 'learner77777', limit: 50 }, 'admin')),
  200,
  'the same call, each statement compiled per call',
);
uncached.close();

// Import, as the import page sends it (the worker runs this same call), beside bare statements doing
// the same writes (bench/sameWork.ts).
const lines = Array.from({ length: IMPORT_ROWS }, (_, i) => `"Imported ${i}, Jr",imported${i}@example.com,Group ${i % GROUPS}`);
const csv = `name,email,group\n${lines.join('\n')}\n`;
t0 = performance.now();
must(core.call('learners-import-commit', { csv, existing: 'skip' }, 'admin'));
const importMs = performance.now() - t0;
const bareRows = Array.from({ length: IMPORT_ROWS }, (_, i) => ({
  name: `Bare import ${i}, Jr`,
  email: `bareimport${i}@example.com`,
  groupId: groupIds[i % GROUPS]!,
}));
t0 = performance.now();
bareImport(db, bareRows);
const bareImportMs = performance.now() - t0;
rows.push({
  name: `import ${IMPORT_ROWS.toLocaleString('en')} CSV rows (learners-import-commit)`,
  ours: importMs,
  unit: 'ms',
  bareName: 'bare: the same rows, terms, notes, seats, audit; one txn',
  bare: bareImportMs,
});

if (!SKIP.has('room')) {
  // The room network (DESIGN §5): phones signing up within a minute over HTTP, on a loopback alias
  // standing for the room (never a real network). Each phone opens its room link (its own session),
  // then signs up; the group has fewer seats than phones. Bounded: ROOM_PHONES requests, then stop.
  const ROOM_PHONES = Number(process.env.BENCH_PHONES ?? 60);
  const roomGroup = must<{ id: number; joinCode: string }>(core.call('groups-create', { name: 'Room bench' }, 'admin'));
  const seats = ROOM_PHONES - 10;
  must(core.call('join-code-settings', { groupId: roomGroup.id, maxUses: seats }, 'admin'));
  // One loopback address stands for every phone here, so the per-address ceiling is raised.
  const roomServer = createKioskServer({
    core,
    rendererDir: dir,
    host: '127.0.0.2',
    port: 0,
    room: { phonesAllowed: () => true, ceiling: createAddressCeiling({ ...ROOM_LIMITS, sessionsPerWindow: 100_000 }) },
  });
  await roomServer.listen();
  const roomOrigin = roomServer.origin();
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  await Promise.all(
    Array.from({ length: ROOM_PHONES }, async (_, i) => {
      // Spread over ten seconds: well within the minute, with bursts where arrivals overlap.
      await new Promise((resume) => setTimeout(resume, Math.floor((i * 10_000) / ROOM_PHONES)));
      const walk = await fetch(`${roomOrigin}/j/${roomGroup.joinCode}`, { redirect: 'manual' });
      const cookie = walk.headers.getSetCookie()[0]!.split(';')[0]!;
      const tab = /#tab=([A-Za-z0-9_-]+)/.exec(walk.headers.get('location') ?? '')![1]!;
      const email = `phone${i}@example.com`;
      const t = performance.now();
      const res = await fetch(`${roomOrigin}/api/kiosk-register`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-JoinDesk-Tab': tab },
        body: JSON.stringify({ name: `Phone Person ${i}`, email, code: roomGroup.joinCode }),
      });
      const body = (await res.json()) as { ok: boolean; error?: { code: string } };
      latencies.push(performance.now() - t);
      if (body.ok) acknowledged.push(email);
      else if (body.error?.code !== 'group-full') throw new Error(`phone ${i}: ${JSON.stringify(body.error)}`);
    }),
  );
  await roomServer.close();
  const stored = db.prepare('SELECT email FROM learners WHERE group_id = ?').pluck().all(roomGroup.id) as string[];
  const used = db.prepare('SELECT used_count FROM join_codes WHERE group_id = ?').pluck().get(roomGroup.id) as number;
  if (acknowledged.length !== seats || used !== seats || stored.length !== seats || new Set(stored).size !== seats) {
    throw new Error(`room: ${acknowledged.length} acknowledged, ${stored.length} stored, ${used} used, ${seats} seats`);
  }
  if (!acknowledged.every((e) => stored.includes(e))) throw new Error('room: an acknowledged sign-up is missing');
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.ceil(latencies.length * 0.99) - 1]!;
  rows.push({
    name: `room: p99 of ${ROOM_PHONES} phone sign-ups (HTTP, ${seats} seats, all stored once)`,
    ours: p99,
    unit: 'ms',
    bareName: '(latency under bursts: no bare equivalent)',
    bare: null,
  });
}

// Sign-up over HTTP at 1, 4 and 16 kiosks, against the fsync floor; then with group commit off.
if (!SKIP.has('http')) {
  const httpGroup = must<{ id: number; joinCode: string }>(core.call('groups-create', { name: 'HTTP bench' }, 'admin'));
  await benchSignupHttp({
    db,
    core,
    coreOneByOne: createCore(db, { groupCommit: false }),
    code: httpGroup.joinCode,
    groupId: httpGroup.id,
    dir,
    seconds: HTTP_SECONDS,
    levels: [1, 4, 16],
  });
}

// The longest event-loop stall during a backup, an import and a restore, while a kiosk signs up.
if (!SKIP.has('stalls')) {
  const stallGroup = must<{ id: number; joinCode: string }>(core.call('groups-create', { name: 'Stall bench' }, 'admin'));
  const stallCsv = `name,email,group\n${Array.from({ length: IMPORT_ROWS }, (_, i) => `"Stall ${i}",stall${i}@example.com,Group ${i % GROUPS}`).join('\n')}\n`;
  await benchStalls({ db, dir, code: stallGroup.joinCode, importCsv: stallCsv, importRows: IMPORT_ROWS });
}

// What follows needs the file closed, as the app leaves it.
const learnersNow = db.prepare('SELECT count(*) FROM learners').pluck().get() as number;
db.close();

// Start-up at this size and, on a bigger run, at 100,000 learners too.
if (!SKIP.has('startup')) {
  if (LEARNERS > 100_000) {
    const small = path.join(dir, 'small', 'joindesk.db');
    buildLearners(small, 100_000, Math.min(GROUPS, 1_000));
    benchStartup(small, 100_000);
  }
  benchStartup(file, learnersNow);
}

// The admin page's first paint on an empty and on this full database (Chromium, serve mode).
if (!SKIP.has('paint')) {
  const missing = canMeasurePaint();
  if (missing) console.log(`Admin page first paint: not measured (${missing}).`);
  else {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'joindesk-bench-empty-'));
    await benchFirstPaint([
      ['empty database', empty, false],
      [`${learnersNow.toLocaleString('en')} learners`, dir, true],
    ]).catch((error: unknown) => console.log(`Admin page first paint: failed (${String(error).slice(0, 200)}).`));
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

console.log('');
printTable();
writeJson(RESULTS, { learners: LEARNERS, groups: GROUPS, importRows: IMPORT_ROWS, httpSeconds: HTTP_SECONDS });
console.log(`\nWritten to ${path.relative(process.cwd(), RESULTS)}.`);
fs.rmSync(dir, { recursive: true, force: true });
// Done: whatever a part left open (a keep-alive socket, a timer) must not keep the bench running.
process.exit(0);
