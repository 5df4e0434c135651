import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './test/electron/electronBinary';

const binary = findElectronBinary();
if ('reason' in binary) console.log(`Electron window tests skip here: ${binary.reason}.`);

/** The desktop app itself, through Playwright's Electron driver (needs Electron's binary). */
export default defineConfig({
  testDir: 'test/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
});
