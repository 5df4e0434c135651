// One start-up, in a fresh process, as the app starts: open and check the file, make the core, take
// back any import a kill cut short. `full` first forgets the clean-close stamp, as after a crash.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/main/core';
import { openDatabase, startupCheckOf } from '../src/main/db/open';

const [file, mode] = process.argv.slice(2) as [string, string | undefined];
if (mode === 'full') fs.rmSync(path.join(path.dirname(file), `.${path.basename(file)}.closed`), { force: true });
const started = performance.now();
const db = openDatabase(file);
createCore(db).undoInterruptedImports();
const ms = performance.now() - started;
const check = startupCheckOf(db);
db.close();
process.stdout.write(JSON.stringify({ ms, check }));
