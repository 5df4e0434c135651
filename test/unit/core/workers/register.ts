// Run in its own process by the concurrency test: registers learners on a shared database file.
// argv: dbFile code startAtMs worker count
import { createCore } from '../../../../src/main/core';
import { openDatabase } from '../../../../src/main/db/open';

const [file, code, startAt, worker, count] = process.argv.slice(2) as [string, string, string, string, string];
const core = createCore(openDatabase(file));
while (Date.now() < Number(startAt)) {
  // Spin until the agreed moment, so every process submits at once.
}
const outcomes: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const result = core.call(
    'kiosk-register',
    { name: `Racer ${worker}-${i}`, email: `racer-${worker}-${i}@example.com`, code },
    'kiosk',
  );
  outcomes.push('ok' in result && result.ok ? 'ok' : 'error' in result ? result.error.code : 'pending');
}
process.stdout.write(JSON.stringify(outcomes));
