import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { StationRecord } from '../../shared/domains/network';
import { MAX_STATIONS, PAIRING_CODE_LENGTH, PAIRING_TTL_MS, stationRecords } from '../../shared/domains/network';
import { CROCKFORD_ALPHABET, normalizeJoinCode } from '../../shared/joinCode';
import { AppError } from '../../shared/result';
import type { Station } from '../../shared/types';
import type { Db } from '../db/open';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import type { RoomHost } from './host';

/**
 * Paired stations (DESIGN §5): spare laptops and tablets that show the full kiosk on the room
 * network. A pairing code works once, for two minutes; the station then holds a long-lived
 * credential of its own until the admin removes it. Only hashes are stored (settings `stations`).
 */

const hash = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

function read(db: Db): StationRecord[] {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'stations'").get() as { value: string } | undefined;
  return row ? stationRecords.parse(JSON.parse(row.value)) : [];
}

function write(db: Db, list: StationRecord[]): void {
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('stations', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(list));
}

const day = (iso: string): string => iso.slice(0, 10);

function view(s: StationRecord, now: string): Station {
  const state = s.credentialKey ? 'paired' : s.expiresAt && s.expiresAt > now ? 'pairing' : 'expired';
  return {
    id: s.id,
    name: s.name,
    state,
    expiresAt: state === 'paired' ? null : s.expiresAt,
    lastSeenAt: s.lastSeenAt,
    signupsToday: s.signupDay === day(now) ? s.signupCount : 0,
  };
}

export const listStations = (ctx: Ctx): Station[] => {
  const now = nowIso(ctx);
  return read(ctx.db).map((s) => view(s, now));
};

function pairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += CROCKFORD_ALPHABET[randomInt(CROCKFORD_ALPHABET.length)];
  return code;
}

/**
 * Ids are never given twice: sessions of a removed station name its id, so a new station with the
 * same id would bring them back. A counter kept beside the stations only ever goes up.
 */
function nextStationId(db: Db): number {
  const last = (db.prepare("SELECT value FROM settings WHERE key = 'stationsLastId'").pluck().get() as string | undefined) ?? '0';
  const id = Math.max(Number(last) || 0, ...read(db).map((s) => s.id)) + 1;
  db.prepare(
    "INSERT INTO settings (key, value) VALUES ('stationsLastId', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(String(id));
  return id;
}

export function startPairing(
  ctx: Ctx,
  room: RoomHost | undefined,
  input: ParsedInput<'station-pair-start'>,
): { pairingCode: string; url: string; expiresAt: string } {
  const origin = room?.origin() ?? null;
  if (!origin) throw new AppError('unavailable', { id: 'station.needsRoom' });
  return inTransaction(ctx, () => {
    const now = ctx.env.now();
    const at = now.toISOString();
    // Codes that were never used go once they expire.
    const list = read(ctx.db).filter((s) => s.credentialKey || (s.expiresAt && s.expiresAt > at));
    if (list.length >= MAX_STATIONS) throw new AppError('conflict', { id: 'station.tooMany', values: { max: MAX_STATIONS } });
    const code = pairingCode();
    const expiresAt = new Date(now.getTime() + PAIRING_TTL_MS).toISOString();
    list.push({
      id: nextStationId(ctx.db),
      name: input.name,
      credentialKey: null,
      pairingKey: hash(code),
      expiresAt,
      createdAt: at,
      lastSeenAt: null,
      signupDay: null,
      signupCount: 0,
    });
    write(ctx.db, list);
    return { pairingCode: code, url: `${origin}/pair/${code}`, expiresAt };
  });
}

export function removeStation(ctx: Ctx, { id }: ParsedInput<'station-remove'>): { removed: true } {
  return inTransaction(ctx, () => {
    const list = read(ctx.db);
    if (!list.some((s) => s.id === id)) throw new AppError('not-found', { id: 'station.gone' });
    write(
      ctx.db,
      list.filter((s) => s.id !== id),
    );
    return { removed: true };
  });
}

/** What the room listener asks about stations: not channels, so nothing on the network can call them. */
export interface StationAuth {
  /** Spends a pairing code: the station's id and its new credential, or null (wrong, used or expired). */
  redeem(code: string): { stationId: number; credential: string } | null;
  /** The paired station holding `credential`, or null. */
  byCredential(credential: string | undefined): number | null;
  /** Whether station `id` is still paired (removal cuts it off at its next request); notes it was seen. */
  alive(id: number): boolean;
  recordSignup(id: number): void;
}

const SEEN_EVERY_MS = 60_000;

export function stationAuth(db: Db, now: () => Date = () => new Date()): StationAuth {
  const tx = <T>(fn: () => T): T => db.transaction(fn).immediate();
  const update = (id: number, change: (s: StationRecord) => void): void =>
    tx(() => {
      const list = read(db);
      const s = list.find((x) => x.id === id);
      if (!s) return;
      change(s);
      write(db, list);
    });
  return {
    redeem(code) {
      const n = normalizeJoinCode(code);
      if (!n.ok || n.key.length !== PAIRING_CODE_LENGTH) return null;
      const key = hash(n.key);
      return tx(() => {
        const at = now().toISOString();
        const list = read(db);
        const s = list.find((x) => x.pairingKey === key && !x.credentialKey && x.expiresAt && x.expiresAt > at);
        if (!s) return null;
        const credential = randomBytes(32).toString('base64url');
        Object.assign(s, { credentialKey: hash(credential), pairingKey: null, expiresAt: null, lastSeenAt: at });
        write(db, list);
        return { stationId: s.id, credential };
      });
    },
    byCredential(credential) {
      if (!credential || !/^[A-Za-z0-9_-]{43}$/.test(credential)) return null;
      const key = hash(credential);
      return read(db).find((s) => s.credentialKey === key)?.id ?? null;
    },
    alive(id) {
      const s = read(db).find((x) => x.id === id && x.credentialKey);
      if (!s) return false;
      const t = now();
      if (!s.lastSeenAt || t.getTime() - Date.parse(s.lastSeenAt) > SEEN_EVERY_MS) {
        update(id, (x) => (x.lastSeenAt = t.toISOString()));
      }
      return true;
    },
    recordSignup(id) {
      const today = day(now().toISOString());
      update(id, (s) => {
        s.signupCount = s.signupDay === today ? s.signupCount + 1 : 1;
        s.signupDay = today;
      });
    },
  };
}
