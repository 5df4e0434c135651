import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Audience } from '../../shared/contract';

export const COOKIE = { admin: 'joindesk_admin', kiosk: 'joindesk_kiosk' } as const;

export interface Tokens {
  admin: string;
  kiosk: string;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
// Hashing first gives equal lengths, so the comparison takes the same time whatever the guess.
export const sameToken = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/**
 * The audience a request may act as: admin with the admin token, kiosk with the kiosk token.
 * A page that says it is the kiosk (`X-JoinDesk-Audience: kiosk`) gets kiosk rights only.
 */
export function audienceOf(req: IncomingMessage, tokens: Tokens): Audience | null {
  const cookies = parseCookies(req.headers.cookie);
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const has = (audience: Audience): boolean => {
    const token = tokens[audience];
    const cookie = cookies[COOKIE[audience]];
    return (bearer !== undefined && sameToken(bearer, token)) || (cookie !== undefined && sameToken(cookie, token));
  };
  const found: Audience | null = has('admin') ? 'admin' : has('kiosk') ? 'kiosk' : null;
  if (found && req.headers['x-joindesk-audience'] === 'kiosk') return 'kiosk';
  return found;
}

export const authCookie = (audience: Audience, token: string): string =>
  `${COOKIE[audience]}=${token}; HttpOnly; SameSite=Strict; Path=/`;
