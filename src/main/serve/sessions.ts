import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Audience } from '../../shared/contract';
import { LIMITS } from './limits';

/**
 * A signed-in browser tab. The cookie holds a random id naming it, never a token. Cookies are shared
 * by every tab of the browser, so calls must also carry the tab's own secret, which the sign-in
 * redirect handed to that tab alone (in its URL fragment, kept in its sessionStorage): another tab
 * of the same browser — a kiosk tab whose learner types the admin address — has the cookie, not this.
 */
export interface Session {
  audience: Audience;
  /** Public and random, not derived from the cookie: the throttle identity (`kioskId`) of this browser. */
  publicId: string;
  /** Hash of the tab's secret. */
  tabKey: string;
  /** A phone that walked up through a room link: its session ends after its sign-up. */
  phone?: boolean;
  /** A paired station's session: valid only while the station stays paired. */
  stationId?: number;
}

/**
 * One listener's sessions, in memory: they end when serve mode stops. Each store holds one
 * audience only, so a session made on one listener means nothing on the other.
 */
export interface SessionStore {
  readonly audience: Audience;
  /** A one-time code for a sign-in link: dies on first use or after `LIMITS.codeTtlMs`. */
  mintCode(): string;
  /** Spends a code; returns the new session's id (the cookie value) and tab secret, or null if it is unknown, used or expired. */
  redeem(code: string): { id: string; tab: string; session: Session } | null;
  get(id: string | undefined): Session | null;
  /** A session made without a link: a phone arriving through a room link (DESIGN §5). */
  openPhone(): { id: string; tab: string; session: Session };
  /** A session for a paired station's screen (each page load of a station gets a fresh one). */
  openStation(stationId: number): { id: string; tab: string; session: Session };
  /** Ends a session at once (a phone's, after its sign-up). */
  end(id: string | undefined): void;
}

export interface SessionStoreOptions {
  /** Milliseconds, injectable so tests can move time. */
  now?: () => number;
}

// Only hashes are kept as keys: a heap snapshot or a timing difference in the map gives nothing away.
const key = (secret: string): string => createHash('sha256').update(secret).digest('base64url');
const secret = (): string => randomBytes(32).toString('base64url');

export function createSessionStore(audience: Audience, options: SessionStoreOptions = {}): SessionStore {
  const now = options.now ?? Date.now;
  const codes = new Map<string, number>(); // key(code) → expires at
  const sessions = new Map<string, Session>(); // key(id) → session, oldest first
  const prune = (): void => {
    const t = now();
    for (const [k, expires] of codes) if (expires <= t) codes.delete(k);
  };
  const create = (phone: boolean, stationId?: number): { id: string; tab: string; session: Session } => {
    const id = secret();
    const tab = secret();
    // A station keeps one throttle identity across its sessions: its own, persisted (DESIGN §4).
    const publicId =
      stationId !== undefined ? `station-${stationId}` : `${phone ? 'phone' : 'browser'}-${randomBytes(6).toString('hex')}`;
    const session: Session = {
      audience,
      publicId,
      tabKey: key(tab),
      ...(phone ? { phone } : {}),
      ...(stationId !== undefined ? { stationId } : {}),
    };
    sessions.set(key(id), session);
    while (sessions.size > LIMITS.maxSessions) sessions.delete(sessions.keys().next().value!);
    return { id, tab, session };
  };
  return {
    audience,
    mintCode() {
      prune();
      const code = secret();
      codes.set(key(code), now() + LIMITS.codeTtlMs);
      while (codes.size > LIMITS.maxPendingCodes) codes.delete(codes.keys().next().value!);
      return code;
    },
    redeem(code) {
      const k = key(code);
      const expires = codes.get(k);
      codes.delete(k);
      if (expires === undefined || expires <= now()) return null;
      return create(false);
    },
    openPhone: () => create(true),
    openStation: (stationId) => create(false, stationId),
    end(id) {
      if (id) sessions.delete(key(id));
    },
    get(id) {
      if (!id) return null;
      const k = key(id);
      const session = sessions.get(k);
      if (!session) return null;
      // Most recently used last, so the cap drops the longest-idle session.
      sessions.delete(k);
      sessions.set(k, session);
      return session;
    },
  };
}

/** Cookies are shared by every port of a host, so the name carries the listener's port. */
export const cookieName = (port: number): string => `joindesk_session_${port}`;

export const sessionCookie = (port: number, id: string): string => `${cookieName(port)}=${id}; HttpOnly; SameSite=Strict; Path=/`;

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}

/** Redeems `code` in `store`: the Set-Cookie value for the new session and the tab's secret, or null. */
export function redeemToCookie(store: SessionStore, port: number, code: string): { cookie: string; tab: string } | null {
  const redeemed = store.redeem(code);
  return redeemed && { cookie: sessionCookie(port, redeemed.id), tab: redeemed.tab };
}

export const TAB_HEADER = 'x-joindesk-tab';

/**
 * The store's session named by this listener's cookie (other cookies are ignored). For a page, the
 * cookie is enough (a page holds no data); for calls, `withTab`, the tab's secret must come with it.
 */
export function sessionFromCookies(
  store: SessionStore,
  port: number,
  req: { headers: Record<string, string | string[] | undefined> },
  withTab: boolean,
): Session | null {
  const session = store.get(parseCookies(req.headers.cookie as string | undefined).get(cookieName(port)));
  if (!session || !withTab) return session;
  const tab = req.headers[TAB_HEADER];
  return typeof tab === 'string' && timingSafeEqual(Buffer.from(key(tab)), Buffer.from(session.tabKey)) ? session : null;
}
