import type http from 'node:http';
import type { Core } from '../core';
import { resolveInside } from '../files/staticFiles';
import type { Tokens } from './auth';
import { bearerAudience } from './auth';
import type { FileStore } from './fileRoutes';
import { handleFiles } from './fileRoutes';
import type { Caller, Listener } from './http';
import {
  apiChannel,
  checkHostOrigin,
  createListener,
  discardBody,
  handleApi,
  ownHosts,
  requestPath,
  sendAsset,
  sendSaid,
  sendText,
  servePage,
} from './http';
import type { InFlightGate } from './limits';
import { createInFlightGate } from './limits';
import type { SessionStore, SessionStoreOptions } from './sessions';
import { createSessionStore, redeemToCookie, sessionFromCookies } from './sessions';

/** A listener people sign in to with one-time links; `link()` makes one. */
export interface ServeListener extends Listener {
  readonly sessions: SessionStore;
  /** A fresh one-time sign-in link to this listener's page. */
  link(): string;
}

export interface AdminServerOptions extends SessionStoreOptions {
  core: Core;
  rendererDir: string;
  tokens: Tokens;
  /** Serve mode binds 127.0.0.1 only. */
  host?: string;
  port: number;
  /** Shared with the kiosk listener, so the total cap holds across both. */
  gate?: InFlightGate;
  /** Backups as downloads and uploads; without it there are no file routes. */
  files?: FileStore;
}

const PAGES = new Set(['/', '/index.html']);

/**
 * The admin listener (DESIGN §5): admin screens for admin sessions, and every channel for the
 * admin bearer token. A kiosk bearer token may call kiosk channels here, for scripts; kiosk
 * screens live on the kiosk listener only.
 */
export function createAdminServer(o: AdminServerOptions): ServeListener {
  const host = o.host ?? '127.0.0.1';
  const sessions = createSessionStore('admin', o);
  const gate = o.gate ?? createInFlightGate();
  const listener = createListener(host, o.port, handle);

  /** `page`: a page needs the session's cookie only; every call needs the tab's secret too. */
  function callerOf(req: http.IncomingMessage, page = false): Caller | null {
    // A script's token, when it sends one, decides alone: no falling back to a cookie.
    if (req.headers.authorization !== undefined) {
      const audience = bearerAudience(req, o.tokens);
      return audience && { audience, key: `token:${audience}`, kioskId: `script-${audience}` };
    }
    const session = sessionFromCookies(sessions, listener.port(), req, !page);
    return session && { audience: session.audience, key: session.publicId, kioskId: session.publicId };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!checkHostOrigin(req, res, ownHosts(host, listener.port()))) return;
    // Nothing here is reached from another site or another port of this machine (the kiosk tab,
    // say) — not even by navigating: admin screens open from the address bar or from themselves.
    const site = req.headers['sec-fetch-site'];
    if (site === 'same-site' || site === 'cross-site') {
      discardBody(req, res);
      return sendSaid(req, res, 403, 'reply.ownLink');
    }
    const { pathname, searchParams } = requestPath(req);
    if (pathname.startsWith('/api/')) {
      return handleApi(req, res, apiChannel(pathname), { core: o.core, gate, caller: callerOf(req), serves: () => true });
    }
    if (pathname.startsWith('/files/') && o.files)
      return handleFiles(req, res, pathname, { caller: callerOf(req), gate, files: o.files });
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendSaid(req, res, 405, 'reply.methodNotAllowed');
    // A HEAD (a link preview, a prefetch) spends no sign-in code.
    if (req.method === 'HEAD') return sendText(res, 200, '');
    if (PAGES.has(pathname)) {
      return servePage(req, res, pathname, {
        code: searchParams.get('code'),
        redeem: (code) => redeemToCookie(sessions, listener.port(), code),
        caller: callerOf(req, true),
        audience: 'admin',
        file: resolveInside(o.rendererDir, 'index.html'),
      });
    }
    if (pathname.startsWith('/assets/')) return sendAsset(req, res, o.rendererDir, pathname, null);
    return sendSaid(req, res, 404, 'reply.notFound');
  }

  return { ...listener, sessions, link: () => `${listener.origin()}/?code=${sessions.mintCode()}` };
}
