// `npm run dist` (after electron-vite build): installers with electron-builder (electron-builder.yml).
// Extra arguments go to electron-builder: `npm run dist -- --win`, `npm run dist -- --dir`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { signingPlan } from './lib/signing.mjs';

const args = process.argv.slice(2);
const plan = signingPlan(process.env, process.platform, args);
for (const warning of plan.warnings) console.log(`Warning: code signing skipped. ${warning}`);
const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env: { ...process.env, ...plan.env } });
process.exit(result.status ?? 1);
