import type { Database } from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type { Migration } from './migrations/migration';

/** 'JOIN' in ASCII: tells our files from any other SQLite database. */
export const APPLICATION_ID = 0x4a4f494e;

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data file was written by a newer JoinDesk (schema ${found}; this version knows up to ${supported}). Update JoinDesk to open it.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/** Why a file is not JoinDesk's: kept apart from the words, so each language can say it. */
export type NotJoinDeskReason =
  { reason: 'foreign' } | { reason: 'unknownVersion'; version: number } | { reason: 'changed'; difference: string };

const notJoinDeskDetail = (why: NotJoinDeskReason): string =>
  why.reason === 'unknownVersion'
    ? `: it is labelled with a version that never existed (${why.version})`
    : why.reason === 'changed'
      ? `: ${why.difference}, so it was changed outside JoinDesk`
      : '';

export class NotJoinDeskDatabaseError extends Error {
  constructor(readonly why: NotJoinDeskReason = { reason: 'foreign' }) {
    super(`This file is an SQLite database, but not a JoinDesk one${notJoinDeskDetail(why)}. It has been left untouched.`);
    this.name = 'NotJoinDeskDatabaseError';
  }
}

export const latestVersion = (migrations: readonly Migration[] = MIGRATIONS): number => migrations.at(-1)?.version ?? 0;

/** Brings the schema up to date in one transaction; refuses files from a newer version or another app. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const appId = db.pragma('application_id', { simple: true }) as number;
  const latest = latestVersion(migrations);
  if (from > 0 && appId !== APPLICATION_ID) throw new NotJoinDeskDatabaseError();
  if (from > latest) throw new DatabaseTooNewError(from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: latest };
}
