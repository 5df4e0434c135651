import type { AttemptKind } from '../../shared/domains/audit';
import { ATTEMPT_KINDS } from '../../shared/domains/audit';
import { normalizeJoinCode } from '../../shared/joinCode';
import { AppError } from '../../shared/result';
import type { Ctx } from './context';
import { inTransaction } from './context';
import { listStations } from './stations';

/**
 * Failed sign-ups at the kiosk, kept for the admin's records (table kiosk_attempts): the kind, the
 * kiosk it happened at and the minute — never what was typed. Rows are counts per minute, kiosk,
 * kind and group, and writes are held back: a kiosk flooded with attempts must not turn each one
 * into a disk write (the kiosk path stays cheap), nor grow the file row by row.
 */

/** A kind's first attempt is written at once; more of it within this time wait for the next write. */
export const ATTEMPT_HOLD_MS = 10_000;
/** Old minutes go once they are this old. */
const KEEP_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const KINDS: ReadonlySet<string> = new Set(ATTEMPT_KINDS);
export const isAttemptKind = (code: string): code is AttemptKind => KINDS.has(code);

/**
 * The kiosk as the records name it. Phones and browser tabs each have a throttle identity of their
 * own, but are counted together (one row for all phones, not one per session); stations by their id.
 */
export function stationOf(kioskId: string): string {
  if (kioskId === 'desktop') return 'desktop';
  if (/^station-\d+$/.test(kioskId)) return kioskId;
  if (kioskId.startsWith('phone-')) return 'phones';
  if (kioskId.startsWith('browser-')) return 'browser';
  return 'script';
}

const STATION_NAMES: Record<string, string> = {
  desktop: 'Kiosk window on this computer',
  phones: 'Phones (room network)',
  browser: 'Browser kiosk on this computer',
  script: 'Other (scripts)',
};

/** Names for a list of stations, joined now: a paired station by its name (`paired`), a removed one says so. */
export function stationNames(ctx: Ctx): (station: string) => { stationName: string; paired: boolean } {
  const paired = new Map(listStations(ctx).map((s) => [`station-${s.id}`, s.name]));
  return (station) => {
    const given = STATION_NAMES[station] ? undefined : paired.get(station);
    if (given !== undefined) return { stationName: given, paired: true };
    const english = STATION_NAMES[station] ?? (station.startsWith('station-') ? `Removed station #${station.slice(8)}` : 'Other');
    return { stationName: english, paired: false };
  };
}

interface Held {
  /** minute → attempts not yet written. */
  pending: Map<string, number>;
  /** Monotonic time of the last write for this key. */
  writtenAt: number;
}
// One map per core (ctx.memory is the core's own), by station, kind and group.
const heldByCore = new WeakMap<object, Map<string, Held>>();

const minuteOf = (date: Date): string => date.toISOString().slice(0, 16);

/** The group a typed code belongs to (live or former), or 0: cheap, on the unique key indexes. */
function groupOfCode(ctx: Ctx, typed: string): number {
  const n = normalizeJoinCode(typed);
  if (!n.ok) return 0;
  const row = ctx.db
    .prepare('SELECT group_id FROM join_codes WHERE key = ? UNION ALL SELECT group_id FROM retired_codes WHERE key = ? LIMIT 1')
    .pluck()
    .get(n.key, n.key) as number | undefined;
  return row ?? 0;
}

/**
 * Notes a failed sign-up, after its own transaction has rolled back. Never throws: the learner gets
 * the sign-up's own answer whatever happens here.
 */
export function noteFailedSignup(ctx: Ctx, error: unknown, typedCode: string): void {
  if (!(error instanceof AppError) || !isAttemptKind(error.data.code)) return;
  try {
    const kind = error.data.code;
    const group = kind === 'code-unknown' ? 0 : groupOfCode(ctx, typedCode);
    noteAttempt(ctx, kind, stationOf(ctx.kioskId), group);
  } catch {
    // A busy or full disk must not change what the kiosk says; the attempt goes unrecorded.
  }
}

function noteAttempt(ctx: Ctx, kind: AttemptKind, station: string, groupId: number): void {
  const held = heldByCore.get(ctx.memory) ?? new Map<string, Held>();
  heldByCore.set(ctx.memory, held);
  const key = `${station}\n${kind}\n${groupId}`;
  const minute = minuteOf(ctx.env.now());
  const mono = ctx.env.monotonicMs();
  const entry = held.get(key) ?? { pending: new Map<string, number>(), writtenAt: -Infinity };
  held.set(key, entry);
  entry.pending.set(minute, (entry.pending.get(minute) ?? 0) + 1);
  if (mono - entry.writtenAt < ATTEMPT_HOLD_MS) return;
  entry.writtenAt = mono;
  writeHeld(ctx, held);
}

/** Writes every held count in one transaction; they stay held if it fails. */
function writeHeld(ctx: Ctx, held: Map<string, Held>): void {
  const upsert = ctx.db.prepare(
    `INSERT INTO kiosk_attempts (minute, station, kind, group_id, count) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (minute, station, kind, group_id) DO UPDATE SET count = count + excluded.count`,
  );
  inTransaction(ctx, () => {
    for (const [key, entry] of held) {
      const [station, kind, group] = key.split('\n') as [string, string, string];
      for (const [minute, count] of entry.pending) upsert.run(minute, station, kind, Number(group), count);
    }
    // Old minutes go with the writes themselves, once a day per core.
    const today = minuteOf(ctx.env.now()).slice(0, 10);
    if (prunedByCore.get(held) !== today) {
      const cutoff = minuteOf(new Date(ctx.env.now().getTime() - KEEP_DAYS * DAY_MS));
      ctx.db.prepare('DELETE FROM kiosk_attempts WHERE minute < ?').run(cutoff);
    }
  });
  prunedByCore.set(held, minuteOf(ctx.env.now()).slice(0, 10));
  for (const entry of held.values()) entry.pending.clear();
}
const prunedByCore = new WeakMap<object, string>();

/**
 * Writes what is held back, so the admin's records are whole when read. Quietly leaves it held when
 * the file is busy (a long import or restore holds the lock): the next read or attempt writes it.
 */
export function flushAttempts(ctx: Ctx): void {
  // Waiting for the lock would freeze every screen for the busy timeout; the counts stay held instead.
  if (ctx.writesPaused) return;
  const held = heldByCore.get(ctx.memory);
  if (!held || ![...held.values()].some((e) => e.pending.size)) return;
  // Try the lock once: whoever else holds it (another process, a long slice) must not freeze a read.
  const patience = ctx.db.pragma('busy_timeout', { simple: true }) as number;
  ctx.db.pragma('busy_timeout = 0');
  try {
    writeHeld(ctx, held);
  } catch {
    // Still held; nothing lost.
  } finally {
    ctx.db.pragma(`busy_timeout = ${patience}`);
  }
}
