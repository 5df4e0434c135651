import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Audience, Channel } from '../../shared/contract';
import { audienceMayCall, isChannel } from '../../shared/contract';
import type { AppErrorData } from '../../shared/result';
import { AppError } from '../../shared/result';
import type { TextId } from '../../shared/text';
import type { Core } from '../core';
import { CONTENT_SECURITY_POLICY, contentType, resolveInside } from '../files/staticFiles';
import type { InFlightGate } from './limits';
import { bodyLimit, LIMITS, sizeValues } from './limits';
import type { ReplyWordId } from './replyWords';
import { replyWords } from './replyWords';

/** Plumbing both listeners share (admin and kiosk): sending, bodies, Host/Origin, files, the API call. */

export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

type Res = http.ServerResponse;
type Req = http.IncomingMessage;

export function send(res: Res, status: number, type: string, body: string | Buffer, extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

export const sendText = (res: Res, status: number, text: string, extra: http.OutgoingHttpHeaders = {}): void =>
  send(res, status, 'text/plain; charset=utf-8', text, extra);

/**
 * A plain-text reply a person may read in their browser, in the language it asks for: saying which
 * language, and that the answer depends on the one asked for.
 */
export function sendSaid(
  req: Req,
  res: Res,
  status: number,
  id: ReplyWordId,
  values?: Record<string, string | number>,
  extra: http.OutgoingHttpHeaders = {},
): void {
  const w = replyWords(req.headers['accept-language']);
  sendText(res, status, w.say(id, values), { 'Content-Language': w.tag, Vary: 'Accept-Language', ...extra });
}

export function sendJson(res: Res, status: number, value: unknown, extra: http.OutgoingHttpHeaders = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), extra);
}

/**
 * Call before answering a request whose body is not (or no longer) wanted. The connection closes
 * after the answer, but gently: what the client still sends is read and thrown away — never kept —
 * for up to `LIMITS.lingerMs`. Cutting it at once would reset it while the client is still sending,
 * and the client might never read the answer (a 413 would look like a network failure).
 */
export function discardBody(req: Req, res: Res): void {
  if (req.complete) return;
  // Otherwise Node destroys the socket as soon as the answer is out (see above); we close it ourselves.
  res.shouldKeepAlive = true;
  const socket = req.socket;
  const timer = setTimeout(() => socket.destroy(), LIMITS.lingerMs);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  // Half-close once the answer is out; the socket closes when the client closes its side too.
  res.once('finish', () => socket.end());
  req.resume();
}

/** An error that is one sentence without values, as it crosses to a screen. */
export const said = (code: AppErrorData['code'], id: TextId): AppErrorData => new AppError(code, { id }).data;

/** An `{ok: false}` answer to a call whose body is not (or no longer) wanted. */
export function refuse(req: Req, res: Res, status: number, error: AppErrorData, extra: http.OutgoingHttpHeaders = {}): void {
  discardBody(req, res);
  sendJson(res, status, { ok: false, error }, extra);
}

/** `host:port` values this listener answers to; `localhost` too when it is on 127.0.0.1. */
export function ownHosts(host: string, port: number): string[] {
  const h = host.includes(':') ? `[${host}]` : host;
  return host === '127.0.0.1' ? [`${h}:${port}`, `localhost:${port}`] : [`${h}:${port}`];
}

/**
 * A foreign Host means DNS rebinding; a foreign Origin means another site (or another port of
 * this machine) is calling. Answers 403 and returns false for either.
 */
export function checkHostOrigin(req: Req, res: Res, own: string[]): boolean {
  if (!own.includes(req.headers.host ?? '')) {
    discardBody(req, res);
    sendSaid(req, res, 403, 'reply.unknownHost');
    return false;
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !own.some((h) => origin === `http://${h}`)) {
    discardBody(req, res);
    sendSaid(req, res, 403, 'reply.foreignOrigin');
    return false;
  }
  return true;
}

/** The body as text, or null as soon as it passes `limit`: nothing past the limit is buffered. */
export function readBody(req: Req, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        stop();
        req.pause();
        chunks.length = 0;
        resolve(null);
      } else chunks.push(chunk);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const onError = (error: Error): void => {
      stop();
      reject(error);
    };
    // The client went away mid-body: drop what was read.
    const onClose = (): void => onError(new Error('aborted'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

export function requestPath(req: Req): { pathname: string; searchParams: URLSearchParams } {
  const url = new URL(req.url ?? '/', 'http://host.invalid');
  return { pathname: url.pathname, searchParams: url.searchParams };
}

/** Who is calling, as this listener decided it from its own session store or a bearer token. */
export interface Caller {
  audience: Audience;
  /** What the concurrency cap counts by: one session or one token. */
  key: string;
  /** The throttle identity passed to the core. */
  kioskId: string;
}

export interface ApiOptions {
  core: Core;
  gate: InFlightGate;
  caller: Caller | null;
  /** Channels this listener has at all; others are 404, whoever asks. */
  serves: (channel: Channel) => boolean;
}

/**
 * Takes an in-flight slot for the caller, released when the response is done or the connection dies;
 * or answers 429 (this caller has too many) / 503 (the server has) and says false.
 */
export function admit(req: Req, res: Res, gate: InFlightGate, caller: Caller, large: boolean): boolean {
  const { admission, release } = gate.enter(caller.key, large);
  const retry = { retryAfterSeconds: LIMITS.retryAfterSeconds };
  const retryHeader = { 'Retry-After': String(LIMITS.retryAfterSeconds) };
  if (admission === 'caller-busy') {
    refuse(req, res, 429, new AppError('throttled', { id: 'request.tooMany' }, retry).data, retryHeader);
    return false;
  }
  if (admission === 'server-busy') {
    refuse(req, res, 503, new AppError('unavailable', { id: 'request.serverBusy' }, retry).data, retryHeader);
    return false;
  }
  res.once('close', release);
  return true;
}

/** `POST /api/<channel>`: 404, 401, 403, 405, 429/503, 413, 400, then the core's envelope with 200. */
export async function handleApi(req: Req, res: Res, name: string, o: ApiOptions): Promise<void> {
  if (!isChannel(name) || !o.serves(name)) return refuse(req, res, 404, said('not-found', 'request.noSuchChannel'));
  const { caller } = o;
  if (!caller) {
    return refuse(req, res, 401, said('forbidden', 'request.signIn'));
  }
  if (!audienceMayCall(caller.audience, name)) {
    return refuse(req, res, 403, said('forbidden', 'request.channelForbidden'));
  }
  if (req.method !== 'POST') return refuse(req, res, 405, said('validation', 'request.usePost'), { Allow: 'POST' });

  const limit = bodyLimit(caller.audience, name);
  if (!admit(req, res, o.gate, caller, limit > LIMITS.adminBodyBytes)) return;
  const body = await readBody(req, limit);
  if (body === null) {
    return refuse(req, res, 413, new AppError('validation', { id: 'request.tooLarge', values: sizeValues(limit) }).data);
  }
  let input: unknown;
  try {
    input = body.length ? JSON.parse(body) : {};
  } catch {
    return sendJson(res, 400, { ok: false, error: said('validation', 'request.notJson') });
  }
  sendJson(res, 200, await o.core.invoke(name, input, caller.audience, { kioskId: caller.kioskId }));
}

/** Serves one file under `root` (a page, with no-store; an asset, cacheable) with the CSP. */
export async function sendFile(req: Req, res: Res, file: string | null, isPage: boolean): Promise<void> {
  const data = file ? await fs.promises.readFile(file).catch(() => null) : null;
  if (!file || !data) return sendSaid(req, res, 404, 'reply.notFound');
  send(res, 200, contentType(file), data, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': isPage ? 'no-store' : 'max-age=3600',
  });
}

/** A built asset under `/assets/`; `allowed` narrows which (null: any). */
export async function sendAsset(req: Req, res: Res, root: string, pathname: string, allowed: Set<string> | null): Promise<void> {
  const name = pathname.slice('/assets/'.length);
  if (allowed && !allowed.has(name)) return sendSaid(req, res, 404, 'reply.notFound');
  return sendFile(req, res, resolveInside(path.join(root, 'assets'), name), false);
}

const SCANNED = new Set(['.html', '.js', '.mjs', '.css']);

/**
 * The assets one page loads, directly or through other assets (scripts, chunks, styles, fonts):
 * every file name in `assets/` that its text (or a found asset's text) mentions.
 */
export async function assetsOf(root: string, page: string): Promise<Set<string>> {
  const dir = path.join(root, 'assets');
  const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
  const found = new Set<string>();
  const queue = [path.join(root, page)];
  while (queue.length) {
    const file = queue.pop()!;
    if (!SCANNED.has(path.extname(file))) continue;
    const text = await fs.promises.readFile(file, 'utf8').catch(() => '');
    for (const name of names) {
      if (found.has(name)) continue;
      // The name must stand alone: `a.js` is not mentioned by `data.js`.
      let at = text.indexOf(name);
      while (at !== -1 && at > 0 && /[\w.-]/.test(text[at - 1]!)) at = text.indexOf(name, at + 1);
      if (at === -1) continue;
      found.add(name);
      queue.push(path.join(dir, name));
    }
  }
  return found;
}

/** An HTTP server bound to one host and port, whose origin is known once it listens. */
export interface Listener {
  readonly server: http.Server;
  listen(): Promise<void>;
  /** The bound port (the real one when 0 was asked for); throws before `listen`. */
  port(): number;
  /** `http://host:port`. */
  origin(): string;
  close(): Promise<void>;
}

export function createListener(host: string, port: number, handle: (req: Req, res: Res) => Promise<void>): Listener {
  // Slow clients are checked every second, not Node's default 30 s: a few hundred sockets sending
  // headers slowly would otherwise keep the kiosk from connecting for half a minute at a time.
  const server = http.createServer({ connectionsCheckingInterval: LIMITS.connectionsCheckMs }, (req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendSaid(req, res, 500, 'reply.internal', undefined, { Connection: 'close' });
      else res.destroy();
    });
  });
  server.headersTimeout = LIMITS.headersTimeoutMs;
  server.requestTimeout = LIMITS.requestTimeoutMs;
  server.maxConnections = LIMITS.maxConnections;
  const bound = (): number => {
    const address = server.address() as AddressInfo | null;
    if (!address) throw new Error('Not listening yet.');
    return address.port;
  };
  return {
    server,
    listen: () =>
      new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      }),
    port: bound,
    origin: () => `http://${ownHosts(host, bound())[0]}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The channel named by `/api/<channel>`. */
export function apiChannel(pathname: string): string {
  const raw = pathname.slice('/api/'.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export interface PageOptions {
  /** `?code=` from the URL, if any. */
  code: string | null;
  /** Spends a one-time code; returns the Set-Cookie value for the new session and its tab secret, or null. */
  redeem: (code: string) => { cookie: string; tab: string } | null;
  caller: Caller | null;
  /** The only audience this page is for. */
  audience: Audience;
  file: string | null;
}

/**
 * A page: a sign-in link's code is traded for a session cookie, then a 303 to the bare path drops
 * the code from the address bar (and from history). Otherwise the page needs its own audience.
 */
export function servePage(req: Req, res: Res, pathname: string, o: PageOptions): Promise<void> | void {
  if (o.code !== null) {
    const signedIn = o.redeem(o.code);
    if (!signedIn) return sendSaid(req, res, 401, 'reply.linkExpired', { minutes: LIMITS.codeTtlMs / 60_000 });
    // The fragment reaches the page, never a server or a Referer; the page keeps it and drops it from the address.
    const location = `${pathname}#tab=${signedIn.tab}`;
    res.writeHead(303, { ...BASE_HEADERS, 'Cache-Control': 'no-store', 'Set-Cookie': signedIn.cookie, Location: location });
    res.end();
    return;
  }
  if (!o.caller) return sendSaid(req, res, 401, 'reply.signIn');
  if (o.caller.audience !== o.audience) return sendSaid(req, res, 403, 'reply.notForYou');
  return sendFile(req, res, o.file, true);
}
