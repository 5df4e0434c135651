// npm run bench: JoinDesk at scale (DESIGN §6). Builds 1,000,000 learners in 10,000 groups, then
// times each hot operation through the core against a bare prepared statement on the same data,
// in the same run, and prints the ratio. Numbers are medians of repeated runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core';
import { searchTerms } from '../src/main/core/searchTerms';
import { openDatabase } from '../src/main/db/open';
import { createKioskServer } from '../src/main/serve/kioskServer';
import { createAddressCeiling, ROOM_LIMITS } from '../src/main/serve/roomLimits';

const GROUPS = Number(process.env.BENCH_GROUPS ?? 10_000);
const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 1_000_000);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT ?? 100_000);

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
const insertTerm = db.prepare('INSERT OR IGNORE INTO learner_terms (term, learner_id) VALUES (?, ?)');
const start = Date.parse('2026-01-01T00:00:00Z');
db.transaction(() => {
  for (let i = 0; i < LEARNERS; i++) {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    const email = `learner${i}@example.com`;
    const id = Number(
      insertLearner.run(name, email, email, groupIds[i % GROUPS], new Date(start + i * 1000).toISOString()).lastInsertRowid,
    );
    for (const term of searchTerms(name, email)) insertTerm.run(term, id);
  }
})();
db.pragma('optimize');
console.log(`Built in ${((performance.now() - t0) / 1000).toFixed(1)} s.\n`);

const rows: [string, number, number][] = [];
function compare(name: string, ours: () => void, bare: () => void, runs = 50) {
  ours();
  bare(); // warm both
  const a = median(ours, runs);
  const b = median(bare, runs);
  rows.push([name, a, b]);
}

// Learner search: the core (count + a page, sorted, joined to groups) vs the bare term lookup.
const bareSearch = db.prepare('SELECT learner_id FROM learner_terms WHERE term >= ? AND term < ? LIMIT 50');
compare(
  'learner search, common surname ("okafor")',
  () => must(core.call('learners-list', { search: 'okafor', limit: 50 }, 'admin')),
  () => bareSearch.all('okafor', 'okafor\uffff'),
);
// Two words: the bare statement is the intersection itself, the least any search by these words must do.
const bareTwoWords = db.prepare(
  `SELECT t.learner_id FROM learner_terms t WHERE t.term >= ? AND t.term < ?
   AND EXISTS (SELECT 1 FROM learner_terms t2 WHERE t2.learner_id = t.learner_id AND t2.term >= ? AND t2.term < ?) LIMIT 50`,
);
compare(
  'learner search, two words ("fatima okaf")',
  () => must(core.call('learners-list', { search: 'fatima okaf', limit: 50 }, 'admin')),
  () => bareTwoWords.all('fatima', 'fatima\uffff', 'okaf', 'okaf\uffff'),
);
compare(
  'learner search by email ("learner77777")',
  () => must(core.call('learners-list', { search: 'learner77777', limit: 50 }, 'admin')),
  () => bareSearch.all('learner77777', 'learner77777\uffff'),
);

// Group filter: a group's members, newest first, with the total.
const bareGroup = db.prepare('SELECT * FROM learners WHERE group_id = ? ORDER BY registered_at DESC LIMIT 50');
const someGroup = groupIds[Math.floor(GROUPS / 2)]!;
compare(
  'group filter (one group, page 1)',
  () => must(core.call('learners-list', { groupId: someGroup, limit: 50 }, 'admin')),
  () => bareGroup.all(someGroup),
);

// The group list page.
compare(
  'groups list page (search "group 77")',
  () => must(core.call('groups-list', { search: 'group 77', limit: 50 }, 'admin')),
  () => db.prepare("SELECT * FROM groups WHERE name_key LIKE 'group 77%' LIMIT 50").all(),
);

// One registration: the whole kiosk transaction vs one bare INSERT in its own transaction.
let n = 0;
const bareInsert = db.transaction(() =>
  insertLearner.run(`Bare ${n}`, `bare${n}@example.com`, `bare${n++}@example.com`, someGroup, new Date().toISOString()),
);
compare(
  'one kiosk registration',
  () =>
    must(
      core.call(
        'kiosk-register',
        { name: `Kiosk Person ${n}`, email: `kiosk${n++}@example.com`, code: codes[n % GROUPS]! },
        'kiosk',
      ),
    ),
  () => bareInsert(),
  200,
);

// Import: 100,000 CSV rows through preview-free commit vs bare INSERTs of the same rows.
const lines = Array.from({ length: IMPORT_ROWS }, (_, i) => `"Imported ${i}, Jr",imported${i}@example.com,Group ${i % GROUPS}`);
const csv = `name,email,group\n${lines.join('\n')}\n`;
t0 = performance.now();
must(core.call('learners-import-commit', { csv, existing: 'skip' }, 'admin'));
const importMs = performance.now() - t0;
t0 = performance.now();
db.transaction(() => {
  for (let i = 0; i < IMPORT_ROWS; i++)
    insertLearner.run(
      `Bare import ${i}`,
      `bareimport${i}@example.com`,
      `bareimport${i}@example.com`,
      groupIds[i % GROUPS],
      '2026-06-01T00:00:00.000Z',
    );
})();
const bareImportMs = performance.now() - t0;
rows.push([`import ${IMPORT_ROWS.toLocaleString()} CSV rows`, importMs, bareImportMs]);

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
const bareRegistration = rows.find(([name]) => name === 'one kiosk registration')![2];
rows.push([`room: p99 of ${ROOM_PHONES} phone sign-ups (HTTP)`, p99, bareRegistration]);
console.log(`Room network: ${ROOM_PHONES} phones, ${seats} seats: ${acknowledged.length} acknowledged, all stored once.`);

console.log('operation'.padEnd(42), 'JoinDesk'.padStart(12), 'bare'.padStart(12), 'ratio'.padStart(8));
for (const [name, ours, bare] of rows) {
  console.log(
    name.padEnd(42),
    `${ours.toFixed(3)} ms`.padStart(12),
    `${bare.toFixed(3)} ms`.padStart(12),
    `${(ours / bare).toFixed(1)}×`.padStart(8),
  );
}
db.close();
fs.rmSync(dir, { recursive: true, force: true });
