import type { Audience, Channel } from '../../shared/contract';

/** Every serve-mode limit, in one place (DESIGN §5). Both listeners read them from here. */
export const LIMITS = {
  /** A kiosk sends a name, an email and a code: 16 KB is generous. */
  kioskBodyBytes: 16 * 1024,
  adminBodyBytes: 1024 * 1024,
  /** CSV imports: the schema allows 30 MB of text; with its JSON envelope that fits in 32 MiB. */
  largeBodyBytes: 32 * 1024 * 1024,
  largeBodyChannels: ['learners-import-preview', 'learners-import-commit'] as readonly Channel[],
  /** A backup uploaded for restore (POST /files/backups), streamed to disk, never held in memory. */
  uploadBytes: 2 * 1024 * 1024 * 1024,
  /** Requests one session (or one bearer token) may have in flight; more are answered 429. */
  inFlightPerCaller: 8,
  /** Requests in flight across both listeners; more are answered 503. */
  inFlightTotal: 64,
  /** Large (import) bodies in flight at once: 2 × 32 MiB keeps memory bounded. */
  largeInFlightTotal: 2,
  retryAfterSeconds: 1,
  /** A sign-in link's one-time code dies on first use or after this long. */
  codeTtlMs: 10 * 60 * 1000,
  /** Unused codes and sessions kept per listener; the oldest go first beyond these. */
  maxPendingCodes: 200,
  maxSessions: 1000,
  /** Slow clients: headers within 5 s, the whole request within 2 min, checked every second; sockets held at most. */
  headersTimeoutMs: 5_000,
  connectionsCheckMs: 1_000,
  /** After an early answer (413, 429…), the rest of a body is read and dropped for this long at most. */
  lingerMs: 2000,
  requestTimeoutMs: 120_000,
  maxConnections: 512,
} as const;

/** How many body bytes a call may carry. */
export function bodyLimit(audience: Audience, channel: Channel): number {
  if (audience === 'kiosk') return LIMITS.kioskBodyBytes;
  return LIMITS.largeBodyChannels.includes(channel) ? LIMITS.largeBodyBytes : LIMITS.adminBodyBytes;
}

/** A byte limit as a message's values say it: `{size, number} {unit}`, e.g. 32 MB. */
export const sizeValues = (n: number): { size: number; unit: 'GB' | 'MB' | 'KB' } =>
  n >= 1024 ** 3
    ? { size: n / 1024 ** 3, unit: 'GB' }
    : n >= 1024 * 1024
      ? { size: n / (1024 * 1024), unit: 'MB' }
      : { size: n / 1024, unit: 'KB' };

export type Admission = 'ok' | 'caller-busy' | 'server-busy';

/** Counts requests in flight, per caller and in total; shared by both listeners. */
export interface InFlightGate {
  /** Takes a slot for `key`, or says why not; call the returned release exactly once when admitted. */
  enter(key: string, large: boolean): { admission: Admission; release: () => void };
  inFlight(): number;
}

export function createInFlightGate(
  limits: Pick<typeof LIMITS, 'inFlightPerCaller' | 'inFlightTotal' | 'largeInFlightTotal'> = LIMITS,
): InFlightGate {
  const perCaller = new Map<string, number>();
  let total = 0;
  let large = 0;
  const noop = (): void => {};
  return {
    enter(key, isLarge) {
      const mine = perCaller.get(key) ?? 0;
      if (mine >= limits.inFlightPerCaller) return { admission: 'caller-busy', release: noop };
      if (total >= limits.inFlightTotal || (isLarge && large >= limits.largeInFlightTotal)) {
        return { admission: 'server-busy', release: noop };
      }
      perCaller.set(key, mine + 1);
      total++;
      if (isLarge) large++;
      let released = false;
      return {
        admission: 'ok',
        release: () => {
          if (released) return;
          released = true;
          total--;
          if (isLarge) large--;
          const left = (perCaller.get(key) ?? 1) - 1;
          if (left > 0) perCaller.set(key, left);
          else perCaller.delete(key);
        },
      };
    },
    inFlight: () => total,
  };
}
