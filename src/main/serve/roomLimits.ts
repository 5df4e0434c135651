/**
 * The room network's per-address ceiling (DESIGN §5). Each phone session is its own throttle
 * identity; a phone that clears its cookies gets a new one, so the address it comes from also has a
 * ceiling: new phone sessions and counted sign-up failures within a window. In memory, bounded.
 */
export const ROOM_LIMITS = {
  windowMs: 10 * 60 * 1000,
  /** New phone sessions one address may open per window (a room link scanned again, a cleared cookie). */
  sessionsPerWindow: 20,
  /** Wrong codes, retired codes and registered emails from one address per window, all its sessions together. */
  failuresPerWindow: 15,
  /** Addresses remembered at most; the longest-quiet go first. */
  maxAddresses: 4096,
} as const;

export type RoomLimits = { [K in keyof typeof ROOM_LIMITS]: number };

export interface AddressCeiling {
  /** Takes a new-session slot for `address`; false: over the ceiling. */
  takeSession(address: string): boolean;
  /** Seconds until `address` may try a sign-up again, or 0. */
  failureWait(address: string): number;
  recordFailure(address: string): void;
}

/**
 * The key a ceiling counts by: an IPv4 address (also when written as `::ffff:a.b.c.d`), or an IPv6
 * address's /64 — one device can take any address in its /64 at will.
 */
export function deviceKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export function createAddressCeiling(limits: RoomLimits = ROOM_LIMITS, now: () => number = Date.now): AddressCeiling {
  const seen = new Map<string, { sessions: number[]; failures: number[] }>();
  const entry = (raw: string) => {
    const address = deviceKey(raw);
    const t = now();
    let e = seen.get(address);
    if (e) seen.delete(address);
    else e = { sessions: [], failures: [] };
    e.sessions = e.sessions.filter((at) => at > t - limits.windowMs);
    e.failures = e.failures.filter((at) => at > t - limits.windowMs);
    seen.set(address, e); // most recent last
    while (seen.size > limits.maxAddresses) seen.delete(seen.keys().next().value!);
    return e;
  };
  return {
    takeSession(address) {
      const e = entry(address);
      if (e.sessions.length >= limits.sessionsPerWindow) return false;
      e.sessions.push(now());
      return true;
    },
    failureWait(address) {
      const e = entry(address);
      if (e.failures.length < limits.failuresPerWindow) return 0;
      return Math.max(1, Math.ceil((e.failures[0]! + limits.windowMs - now()) / 1000));
    },
    recordFailure(address) {
      const e = entry(address);
      e.failures.push(now());
      if (e.failures.length > limits.failuresPerWindow) e.failures.shift();
    },
  };
}
