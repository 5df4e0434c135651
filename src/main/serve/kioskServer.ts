import type http from 'node:http';
import { contract } from '../../shared/contract';
import type { Core } from '../core';
import { resolveInside } from '../files/staticFiles';
import type { Caller } from './http';
import {
  apiChannel,
  assetsOf,
  checkHostOrigin,
  createListener,
  handleApi,
  ownHosts,
  requestPath,
  sendAsset,
  sendText,
  servePage,
} from './http';
import type { InFlightGate } from './limits';
import { createInFlightGate } from './limits';
import type { ServeListener } from './server';
import type { SessionStoreOptions } from './sessions';
import { createSessionStore, redeemToCookie, sessionFromCookies } from './sessions';

export interface KioskServerOptions extends SessionStoreOptions {
  core: Core;
  rendererDir: string;
  /** 127.0.0.1 in serve mode; later, the address the admin picks for the room network. */
  host: string;
  port: number;
  gate?: InFlightGate;
}

const PAGES = new Set(['/kiosk', '/kiosk.html']);

/**
 * The kiosk's own origin (DESIGN §5): the sign-up page, the assets it loads and kiosk channels.
 * Admin pages and admin channels do not exist here (404), whatever a request carries: its own
 * session store holds kiosk sessions only, and no bearer token is read, so the admin's cookie
 * (which a browser sends to every port of the host) lends nothing.
 */
export function createKioskServer(o: KioskServerOptions): ServeListener {
  const sessions = createSessionStore('kiosk', o);
  const gate = o.gate ?? createInFlightGate();
  const listener = createListener(o.host, o.port, handle);
  let assets: Promise<Set<string>> | null = null;

  /** `page`: a page needs the session's cookie only; every call needs the tab's secret too. */
  function callerOf(req: http.IncomingMessage, page = false): Caller | null {
    const session = sessionFromCookies(sessions, listener.port(), req, !page);
    return session && { audience: 'kiosk', key: session.publicId, kioskId: session.publicId };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!checkHostOrigin(req, res, ownHosts(o.host, listener.port()))) return;
    const { pathname, searchParams } = requestPath(req);
    if (pathname.startsWith('/api/')) {
      return handleApi(req, res, apiChannel(pathname), {
        core: o.core,
        gate,
        caller: callerOf(req),
        serves: (channel) => contract[channel].audience === 'kiosk',
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (PAGES.has(pathname)) {
      return servePage(res, pathname, {
        code: searchParams.get('code'),
        redeem: (code) => redeemToCookie(sessions, listener.port(), code),
        caller: callerOf(req, true),
        audience: 'kiosk',
        file: resolveInside(o.rendererDir, 'kiosk.html'),
      });
    }
    if (pathname.startsWith('/assets/')) {
      // Only what the kiosk page loads; the admin bundle is not served here. Found once.
      assets ??= assetsOf(o.rendererDir, 'kiosk.html');
      return sendAsset(res, o.rendererDir, pathname, await assets);
    }
    return sendText(res, 404, 'Not found');
  }

  return { ...listener, sessions, link: () => `${listener.origin()}/kiosk?code=${sessions.mintCode()}` };
}
