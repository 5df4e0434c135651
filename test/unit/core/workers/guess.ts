// Run in its own process by the throttle test: submits wrong codes from one kiosk, with a clock
// that jumps a minute per guess so the growing delay never holds it back.
// argv: dbFile startAtMs worker count
import { createCore } from '../../../../src/main/core';
import { openDatabase } from '../../../../src/main/db/open';

const [file, startAt, worker, count] = process.argv.slice(2) as [string, string, string, string];
let clock = Date.parse('2026-03-01T09:00:00Z') + Number(worker);
let mono = 0;
const core = createCore(openDatabase(file), { env: { now: () => new Date(clock), monotonicMs: () => mono } });
while (Date.now() < Number(startAt)) {
  // Spin until the agreed moment, so every process submits at once.
}
const outcomes: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const result = core.call(
    'kiosk-register',
    { name: 'Guess', email: `g${worker}-${i}@example.com`, code: 'ZZZZ-ZZZZ' },
    'kiosk',
    {
      kioskId: 'shared-screen',
    },
  );
  outcomes.push('error' in result ? result.error.code : 'ok');
  clock += 61_000;
  mono += 61_000;
}
process.stdout.write(JSON.stringify(outcomes));
