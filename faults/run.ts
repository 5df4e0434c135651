// npm run faults: JoinDesk through faults (DESIGN §6). Serve mode runs as a separate process that is
// killed with SIGKILL in the middle of sign-ups, imports, backups, automatic backups and restores; the
// data is then read back and every acknowledged sign-up looked for. Also: bad files at start, a full
// disk (where tmpfs can be mounted), two processes on one folder, a soak, and how long the kiosk waits
// during a backup, a restore and a 100,000-row import. Prints figures; exits 1 on any loss.
// `--quick` is the short version CI runs.
import { scenarios } from './scenarios';

const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

let failed = 0;
let passed = 0;
let skipped = 0;
for (const scenario of scenarios) {
  if (only && !scenario.name.includes(only)) continue;
  const started = performance.now();
  try {
    const result = await scenario.run(quick);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const status = result.skipped ? 'SKIP' : result.problems.length ? 'FAIL' : 'ok';
    console.log(`${status.padEnd(4)} ${scenario.name} (${seconds} s)`);
    for (const [label, value] of Object.entries(result.figures)) console.log(`       ${label}: ${value}`);
    if (result.skipped) console.log(`       skipped: ${result.skipped}`);
    for (const problem of result.problems) console.log(`       PROBLEM: ${problem}`);
    if (result.problems.length) failed++;
    else if (result.skipped) skipped++;
    else passed++;
  } catch (error) {
    failed++;
    console.log(`FAIL ${scenario.name}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}
console.log(failed ? `\n${failed} scenario(s) failed.` : '\nEvery scenario held.');
console.log(`faults: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed ? 1 : 0);
