import type http from 'node:http';
import type { Channel } from '../../shared/contract';
import { contract, isChannel } from '../../shared/contract';
import { AppError, fail } from '../../shared/result';
import type { Core } from '../core';
import type { StationAuth } from '../core/stations';
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
  BASE_HEADERS,
  refuse,
  sendAsset,
  sendSaid,
  sendText,
  servePage,
} from './http';
import type { InFlightGate } from './limits';
import { createInFlightGate } from './limits';
import type { AddressCeiling } from './roomLimits';
import { messagePage, pairPage, sendRoomPage, wordsFor } from './roomPages';
import { createAddressCeiling } from './roomLimits';
import type { ServeListener } from './server';
import type { SessionStoreOptions } from './sessions';
import { cookieName, createSessionStore, parseCookies, redeemToCookie, sessionCookie, sessionFromCookies } from './sessions';

export interface KioskServerOptions extends SessionStoreOptions {
  core: Core;
  rendererDir: string;
  /** 127.0.0.1 in serve mode; later, the address the admin picks for the room network. */
  host: string;
  port: number;
  gate?: InFlightGate;
  /** The room network's listener: phones walk up through room links (`/j/<code>`); no kiosk exit. */
  room?: RoomOptions;
}

export interface RoomOptions {
  /** Read on every walk-up, so turning phones off takes effect at once. */
  phonesAllowed: () => boolean;
  ceiling?: AddressCeiling;
  /** Paired stations; without it, nothing pairs. */
  stations?: StationAuth;
}

/** The station's long-lived credential: its own cookie, named for the port like the session's. */
const stationCookieName = (port: number): string => `joindesk_station_${port}`;
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Sign-up failures a phone's address is charged for (the throttle's own, DESIGN §4). */
const COUNTED = new Set(['code-unknown', 'code-retired', 'email-registered']);
/** `/j` or `/j/<code>`: a room link. The code is only carried into the form, never checked here. */
const ROOM_LINK = /^\/j(?:\/([0-9A-Za-z-]{0,40}))?\/?$/;

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
  const ceiling = o.room ? (o.room.ceiling ?? createAddressCeiling(undefined, o.now)) : null;
  // The room has no kiosk to leave: a phone never offers an admin PIN to anything.
  const serves = (channel: Channel): boolean => contract[channel].audience === 'kiosk' && !(o.room && channel === 'kiosk-exit');
  const listener = createListener(o.host, o.port, handle);
  let assets: Promise<Set<string>> | null = null;

  /** `page`: a page needs the session's cookie only; every call needs the tab's secret too. */
  function callerOf(req: http.IncomingMessage, page = false): Caller | null {
    const session = sessionFromCookies(sessions, listener.port(), req, !page);
    // A removed station is cut off at its next request, whatever session it holds; and once phones
    // are turned off, so is every phone session opened before.
    if (session?.stationId !== undefined && !o.room?.stations?.alive(session.stationId)) return null;
    if (session?.phone && !o.room?.phonesAllowed()) return null;
    return session && { audience: 'kiosk', key: session.publicId, kioskId: session.publicId };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!checkHostOrigin(req, res, ownHosts(o.host, listener.port()))) return;
    const { pathname, searchParams } = requestPath(req);
    if (pathname.startsWith('/api/')) {
      const name = apiChannel(pathname);
      // A removed station hears why it stopped (any other channel stays as absent as ever).
      const held = sessionFromCookies(sessions, listener.port(), req, true);
      if (held?.stationId !== undefined && isChannel(name) && serves(name) && !o.room?.stations?.alive(held.stationId)) {
        const unpaired = new AppError('forbidden', { id: 'request.unpaired' }, { params: { reason: 'unpaired' } });
        return refuse(req, res, 401, unpaired.data);
      }
      const caller = callerOf(req);
      return handleApi(req, res, name, {
        core: ceiling && caller ? phoneCore(req, ceiling) : o.core,
        gate,
        caller,
        serves,
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendSaid(req, res, 405, 'reply.methodNotAllowed');
    // A HEAD (a link preview, a prefetch) spends nothing: no room link, pairing code or sign-in code.
    if (req.method === 'HEAD') return sendText(res, 200, '');
    const walkUp = o.room && ceiling ? ROOM_LINK.exec(pathname) : null;
    if (walkUp && o.room && ceiling) return walkUpPhone(req, res, walkUp[1] ?? '', o.room, ceiling);
    const pairing = o.room?.stations && ceiling ? /^\/pair(?:\/([0-9A-Za-z-]{1,20}))?\/?$/.exec(pathname) : null;
    if (pairing && o.room?.stations && ceiling) {
      const code = pairing[1] ?? searchParams.get('code');
      if (!code) {
        const words = wordsFor(req);
        return sendRoomPage(res, 200, words, pairPage(words));
      }
      return pairStation(req, res, code, o.room.stations, ceiling);
    }
    // A paired station opening `/kiosk`: a fresh session on its credential, handed to this tab
    // (`/kiosk?station` is where it lands, and what a reload reloads).
    if (PAGES.has(pathname) && !searchParams.has('station') && searchParams.get('code') === null && o.room?.stations) {
      const station = o.room.stations.byCredential(parseCookies(req.headers.cookie).get(stationCookieName(listener.port())));
      if (station !== null) return startStationPage(res, station, []);
    }
    if (PAGES.has(pathname) && o.room && searchParams.get('code') === null && !callerOf(req, true)) {
      // A phone whose sign-up is done (its session ended), or anyone without a room link.
      const words = wordsFor(req);
      return sendRoomPage(res, 401, words, messagePage(words, words.say('room.rescan')));
    }
    if (PAGES.has(pathname)) {
      return servePage(req, res, pathname, {
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
      return sendAsset(req, res, o.rendererDir, pathname, await assets);
    }
    return sendSaid(req, res, 404, 'reply.notFound');
  }

  /** A phone opened a room link: a session of its own (its own throttle identity), then the sign-up page. */
  function walkUpPhone(req: http.IncomingMessage, res: http.ServerResponse, code: string, room: RoomOptions, c: AddressCeiling) {
    const words = wordsFor(req);
    if (!room.phonesAllowed()) return sendRoomPage(res, 403, words, messagePage(words, words.say('room.phonesOff')));
    if (!c.takeSession(req.socket.remoteAddress ?? '')) {
      return sendRoomPage(res, 429, words, messagePage(words, words.say('room.tooManySessions')), { 'Retry-After': '60' });
    }
    const opened = sessions.openPhone();
    // The fragment reaches the page only (never a server, never a Referer), as with a sign-in link.
    const location = `/kiosk#tab=${opened.tab}&join=${code}`;
    res.writeHead(303, {
      ...BASE_HEADERS,
      'Cache-Control': 'no-store',
      'Set-Cookie': sessionCookie(listener.port(), opened.id),
      Location: location,
    });
    res.end();
  }

  /** A station spends its one-time pairing code: it gets its credential, then the full kiosk. */
  function pairStation(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    code: string,
    stations: StationAuth,
    c: AddressCeiling,
  ) {
    const address = req.socket.remoteAddress ?? '';
    const words = wordsFor(req);
    const wait = c.failureWait(address);
    if (wait > 0) {
      const text = words.say('pair.tooMany', { seconds: wait });
      return sendRoomPage(res, 429, words, messagePage(words, text), { 'Retry-After': String(wait) });
    }
    const paired = stations.redeem(code);
    if (!paired) {
      c.recordFailure(address);
      return sendRoomPage(res, 404, words, messagePage(words, words.say('pair.wrongCode')));
    }
    const credential = `${stationCookieName(listener.port())}=${paired.credential}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${YEAR_SECONDS}`;
    return startStationPage(res, paired.stationId, [credential]);
  }

  function startStationPage(res: http.ServerResponse, stationId: number, cookies: string[]) {
    const opened = sessions.openStation(stationId);
    res.writeHead(303, {
      ...BASE_HEADERS,
      'Cache-Control': 'no-store',
      'Set-Cookie': [...cookies, sessionCookie(listener.port(), opened.id)],
      Location: `/kiosk?station#tab=${opened.tab}`,
    });
    res.end();
  }

  /**
   * The core as a phone's calls see it: sign-ups also answer to its address's ceiling, and a phone's
   * session ends with its successful sign-up (it cannot see or do anything after).
   */
  function phoneCore(req: http.IncomingMessage, c: AddressCeiling): Core {
    const address = req.socket.remoteAddress ?? '';
    const id = parseCookies(req.headers.cookie).get(cookieName(listener.port()));
    const session = sessions.get(id);
    const phone = session?.phone === true;
    return {
      ...o.core,
      invoke: async (channel, raw, audience, context) => {
        if (channel === 'kiosk-status') {
          // Nothing to leave on the room network: a station or phone never offers the exit.
          const status = await o.core.invoke(channel, raw, audience, context);
          if (status.ok) (status.value as { canExit: boolean }).canExit = false;
          return status;
        }
        if (channel !== 'kiosk-register') return o.core.invoke(channel, raw, audience, context);
        const wait = c.failureWait(address);
        if (wait > 0) {
          const text = { id: 'attempts.throttled', values: { seconds: wait } } as const;
          return fail(new AppError('throttled', text, { retryAfterSeconds: wait }).data);
        }
        const result = await o.core.invoke(channel, raw, audience, context);
        if (!result.ok && COUNTED.has(result.error.code)) c.recordFailure(address);
        if (result.ok && phone) sessions.end(id);
        if (result.ok && session?.stationId !== undefined) o.room?.stations?.recordSignup(session.stationId);
        return result;
      },
    };
  }

  return { ...listener, sessions, link: () => `${listener.origin()}/kiosk?code=${sessions.mintCode()}` };
}
