import type { Database } from 'better-sqlite3';

/** One step of the schema: `up` runs in the transaction that moves `user_version` to `version`. */
export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}
