import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Audience } from '../../shared/contract';

/** Bearer tokens for scripts (never accepted from a cookie or a link). */
export interface Tokens {
  admin: string;
  kiosk: string;
}

export const MIN_TOKEN_LENGTH = 32;

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
// Hashing first gives equal lengths, so the comparison takes the same time whatever the guess.
export const sameToken = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** The audience an `Authorization: Bearer` header proves; null without one or for a wrong token. */
export function bearerAudience(req: IncomingMessage, tokens: Tokens): Audience | null {
  const bearer = /^Bearer ([\x21-\x7e]+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (bearer === undefined) return null;
  if (sameToken(bearer, tokens.admin)) return 'admin';
  if (sameToken(bearer, tokens.kiosk)) return 'kiosk';
  return null;
}

/** A start-up setting serve mode refuses; its message is one line, safe to print (no token in it). */
export class ServeConfigError extends Error {
  override name = 'ServeConfigError';
}

export interface ServeConfig {
  port: number;
  kioskPort: number;
  tokens: Tokens;
  /** Whether each token was made here (no one knows it) rather than given in the environment. */
  randomTokens: { admin: boolean; kiosk: boolean };
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) throw new ServeConfigError(`${name} must be a port number (0-65535).`);
  return port;
}

function readToken(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (!/^[\x21-\x7e]+$/.test(raw)) throw new ServeConfigError(`${name} may hold only printable ASCII characters, no spaces.`);
  if (raw.length < MIN_TOKEN_LENGTH) {
    throw new ServeConfigError(
      `${name} is too short: use at least ${MIN_TOKEN_LENGTH} characters, or leave it unset for a random one.`,
    );
  }
  return raw;
}

/** Reads serve mode's environment; throws ServeConfigError for anything it must refuse. */
export function readServeConfig(
  env: NodeJS.ProcessEnv,
  random = (): string => randomBytes(32).toString('base64url'),
): ServeConfig {
  const port = readPort(env, 'JOINDESK_PORT', 5183);
  // Port 0 (any free port) for the admin listener means tests: the kiosk one follows unless set.
  const kioskPort = readPort(env, 'JOINDESK_KIOSK_PORT', port === 0 ? 0 : 5185);
  if (port !== 0 && port === kioskPort) throw new ServeConfigError('JOINDESK_PORT and JOINDESK_KIOSK_PORT must differ.');
  const admin = readToken(env, 'JOINDESK_TOKEN');
  const kiosk = readToken(env, 'JOINDESK_KIOSK_TOKEN');
  if (admin !== null && kiosk !== null && sameToken(admin, kiosk)) {
    throw new ServeConfigError('JOINDESK_TOKEN and JOINDESK_KIOSK_TOKEN must differ: the kiosk token would give admin rights.');
  }
  return {
    port,
    kioskPort,
    tokens: { admin: admin ?? random(), kiosk: kiosk ?? random() },
    randomTokens: { admin: admin === null, kiosk: kiosk === null },
  };
}
