import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Audience } from '../../shared/contract';
import { audienceMayCall, isChannel } from '../../shared/contract';
import type { Core } from '../core';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../staticFiles';
import type { Tokens } from './auth';
import { audienceOf, authCookie, sameToken } from './auth';

export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface ServeOptions {
  core: Core;
  rendererDir: string;
  tokens: Tokens;
}

const PAGES: Record<string, { audience: Audience; file: string }> = {
  '/': { audience: 'admin', file: 'index.html' },
  '/index.html': { audience: 'admin', file: 'index.html' },
  '/kiosk': { audience: 'kiosk', file: 'kiosk.html' },
  '/kiosk.html': { audience: 'kiosk', file: 'kiosk.html' },
};

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** The loopback HTTP bridge (DESIGN §5): the same core and renderer, in any browser on this machine. */
export function createServeServer(options: ServeOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(req, res, options, (server.address() as AddressInfo).port).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain', 'Internal error');
    });
  });
  return server;
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, o: ServeOptions, port: number): Promise<void> {
  const own = [`127.0.0.1:${port}`, `localhost:${port}`];
  // A foreign Host means DNS rebinding; a foreign Origin means another site is calling us.
  if (!own.includes(req.headers.host ?? '')) return send(res, 403, 'text/plain', 'Unknown host');
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `http://${h}`)) return send(res, 403, 'text/plain', 'Foreign origin');

  const url = new URL(req.url ?? '/', `http://${own[0]}`);
  if (url.pathname.startsWith('/api/')) return api(req, res, o, decodeURIComponentSafe(url.pathname.slice(5)));
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');

  const page = PAGES[url.pathname];
  if (page) {
    const token = url.searchParams.get('token');
    if (token !== null) {
      if (!sameToken(token, o.tokens[page.audience])) return send(res, 401, 'text/plain', 'That link is not valid.');
      // Trade the token in the URL for a cookie, and drop it from the address bar.
      res.writeHead(303, { ...BASE_HEADERS, 'Set-Cookie': authCookie(page.audience, token), Location: url.pathname });
      res.end();
      return;
    }
    if (!audienceOf(req, o.tokens)) {
      return send(res, 401, 'text/plain', 'Open the link printed by `npm run serve` (it carries the access token).');
    }
    return sendFile(res, resolveInside(o.rendererDir, page.file), true);
  }
  return sendFile(res, resolveInside(o.rendererDir, url.pathname), false);
}

async function api(req: http.IncomingMessage, res: http.ServerResponse, o: ServeOptions, channel: string): Promise<void> {
  const audience = audienceOf(req, o.tokens);
  if (!audience) return sendJson(res, 401, { ok: false, error: { code: 'forbidden', message: 'A valid token is required.' } });
  if (!isChannel(channel)) return sendJson(res, 404, { ok: false, error: { code: 'not-found', message: 'No such channel.' } });
  if (!audienceMayCall(audience, channel)) {
    return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'This token may not call that channel.' } });
  }
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Use POST');
  const body = await readBody(req);
  if (body === null) {
    return sendJson(res, 413, { ok: false, error: { code: 'validation', message: 'The request is too large.' } }, true);
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'validation', message: 'The request body is not JSON.' } });
  }
  sendJson(res, 200, await o.core.invoke(channel, input, audience, { kioskId: 'browser' }));
}

/** The body as text, or null once it passes the limit (the rest is not read). */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.pause();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, extra = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, close = false): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), {
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
}

async function sendFile(res: http.ServerResponse, file: string | null, isPage: boolean): Promise<void> {
  const data = file ? await fs.promises.readFile(file).catch(() => null) : null;
  if (!file || !data) return send(res, 404, 'text/plain', 'Not found');
  send(res, 200, contentType(file), data, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': isPage ? 'no-store' : 'max-age=3600',
  });
}
