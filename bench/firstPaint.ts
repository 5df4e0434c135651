// The admin page's first paint, in Chromium through serve mode (the built app), on a data folder as
// it is, against a bare page from a bare server in the same browser.
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { median, rows } from './report';

const SERVE = path.resolve('out', 'main', 'serve.js');
export const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const canMeasurePaint = (): string | null =>
  !fs.existsSync(SERVE) ? 'no build (npm run build)' : !fs.existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}` : null;

interface Paint {
  firstPaint: number;
  /** The Groups page with its list drawn: the first thing an admin can use. */
  shown: number;
}

/** What the page functions below use of the page's globals (this project's Node types have no DOM). */
interface PageGlobals {
  document: {
    querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
    querySelector(selector: string): unknown;
  };
  performance: { now(): number; getEntriesByName(name: string): { startTime: number }[] };
}

/**
 * Opens `url` in a fresh context: its first contentful paint, and when the Groups page was drawn
 * (with a row of the list, when `withRows`). Functions, not strings: the app's CSP allows no eval.
 */
async function paintOf(browser: Browser, url: string, withRows: boolean): Promise<Paint> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const shown = (await (
      await page.waitForFunction(
        (rows: boolean) => {
          const { document, performance } = globalThis as unknown as PageGlobals;
          const heading = Array.from(document.querySelectorAll('h2')).some((h) => h.textContent === 'Groups');
          return heading && (!rows || document.querySelector('table tbody tr a') !== null) ? performance.now() : false;
        },
        withRows,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    const firstPaint = (await (
      await page.waitForFunction(
        () =>
          (globalThis as unknown as PageGlobals).performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
        undefined,
        { polling: 'raf', timeout: 60_000 },
      )
    ).jsonValue()) as number;
    return { firstPaint, shown };
  } finally {
    await context.close();
  }
}

/** Serve mode on `dataDir`, until `stop`. */
async function startServe(dataDir: string) {
  const token = randomBytes(32).toString('base64url');
  const child = spawn(process.execPath, [SERVE], {
    env: {
      ...process.env,
      JOINDESK_PORT: '0',
      JOINDESK_KIOSK_PORT: '0',
      JOINDESK_DATA_DIR: dataDir,
      JOINDESK_TOKEN: token,
      JOINDESK_KIOSK_TOKEN: randomBytes(32).toString('base64url'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^Admin:\s+(http:\/\/[^/]+)/.exec(line);
      if (m) resolve(m[1]!);
    });
  });
  const link = async (): Promise<string> => {
    const res = await fetch(`${base}/api/session-link`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ audience: 'admin' }),
    });
    return ((await res.json()) as { value: { url: string } }).value.url;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { link, stop };
}

/** A bare page from a bare server: the floor for any first paint in this browser. */
async function barePage(browser: Browser, runs: number): Promise<number> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html><head><title>Bare</title></head><body><h2>Groups</h2></body></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) times.push((await paintOf(browser, url, false)).firstPaint);
  server.close();
  return median(times.slice(1));
}

/** `folders`: label → data folder (closed cleanly by whoever filled it) and whether it has groups. */
export async function benchFirstPaint(folders: [string, string, boolean][], runs = 3): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const bare = await barePage(browser, runs);
    for (const [label, dir, withRows] of folders) {
      const serve = await startServe(dir);
      try {
        const paints: Paint[] = [];
        // The first load warms the server's file cache; the median of the next ones is reported.
        for (let i = 0; i < runs + 1; i++) paints.push(await paintOf(browser, await serve.link(), withRows));
        const measured = paints.slice(1);
        rows.push({
          name: `admin page first paint, ${label}`,
          detail: `Groups list drawn at ${median(measured.map((p) => p.shown)).toFixed(0)} ms`,
          ours: median(measured.map((p) => p.firstPaint)),
          unit: 'ms',
          bareName: 'a bare page from a bare server, same browser',
          bare,
        });
      } finally {
        await serve.stop();
      }
    }
  } finally {
    await browser.close();
  }
}
