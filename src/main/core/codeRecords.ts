import { formatGeneratedCode, generateJoinCodeKey } from '../../shared/joinCode';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { nowIso } from './context';

/** The join_codes and retired_codes tables: the code-state rule, who owns a key, issuing and replacing codes. */

/**
 * Whether a group's live code accepts sign-ups at `@now`, and if not, why: the first reason wins.
 * The one rule behind the group list, its filter, the group page and the kiosk. Needs `g` (groups)
 * and `c` (join_codes) in scope and the named parameter `@now` (ISO 8601 UTC, so text order is time order).
 */
export const CODE_STATE_SQL = `CASE
  WHEN c.enabled = 0 OR g.archived_at IS NOT NULL THEN 'paused'
  WHEN c.valid_from IS NOT NULL AND @now < c.valid_from THEN 'scheduled'
  WHEN c.valid_until IS NOT NULL AND @now >= c.valid_until THEN 'expired'
  WHEN c.max_uses IS NOT NULL AND c.used_count >= c.max_uses THEN 'full'
  ELSE 'active' END`;

export interface NewCode {
  key: string;
  display: string;
  generated: boolean;
}

export type KeyOwner = { groupId: number; state: 'live' | 'retired' } | undefined;

export function findKeyOwner(ctx: Ctx, key: string): KeyOwner {
  const row = ctx.db
    .prepare(
      `SELECT group_id AS groupId, 'live' AS state FROM join_codes WHERE key = ?
       UNION ALL SELECT group_id, 'retired' FROM retired_codes WHERE key = ?`,
    )
    .get(key, key) as KeyOwner;
  return row;
}

/** A fresh generated code. 40 bits make a clash rare; the loop makes it impossible. */
export function newGeneratedCode(ctx: Ctx): NewCode {
  for (let attempt = 0; attempt < 100; attempt++) {
    const key = generateJoinCodeKey(ctx.env.randomBytes);
    if (!findKeyOwner(ctx, key)) return { key, display: formatGeneratedCode(key), generated: true };
  }
  throw new Error('Could not find a free join code');
}

/** Gives a group its first code. Call inside the transaction that created the group. */
export function issueFirstCode(ctx: Ctx, groupId: number): void {
  const code = newGeneratedCode(ctx);
  ctx.db
    .prepare('INSERT INTO join_codes (group_id, display, key, generated, set_at) VALUES (?, ?, ?, ?, ?)')
    .run(groupId, code.display, code.key, code.generated ? 1 : 0, nowIso(ctx));
  recordAudit(ctx, 'join-code-generated', { groupId });
}

/** Moves a group's live code to the retired list, with its join count, as of `at`. */
function retireLiveCode(ctx: Ctx, groupId: number, at: string): void {
  ctx.db
    .prepare(
      `INSERT INTO retired_codes (group_id, display, key, generated, used_count, set_at, retired_at)
       SELECT group_id, display, key, generated, used_count, set_at, ? FROM join_codes WHERE group_id = ?`,
    )
    .run(at, groupId);
}

/** Replaces a group's live code; the old one moves to the retired list and stops working at once. */
export function replaceCode(ctx: Ctx, groupId: number, code: NewCode): void {
  const at = nowIso(ctx);
  retireLiveCode(ctx, groupId, at);
  ctx.db
    .prepare('UPDATE join_codes SET display = ?, key = ?, generated = ?, used_count = 0, set_at = ? WHERE group_id = ?')
    .run(code.display, code.key, code.generated ? 1 : 0, at, groupId);
}

export interface RetiredCode extends NewCode {
  id: number;
  usedCount: number;
  setAt: string;
}

/** One of this group's own retired codes, by key; never another group's. */
export function findOwnRetiredCode(ctx: Ctx, groupId: number, key: string): RetiredCode | undefined {
  const row = ctx.db
    .prepare(
      `SELECT id, key, display, generated, used_count AS usedCount, set_at AS setAt
       FROM retired_codes WHERE group_id = ? AND key = ?`,
    )
    .get(groupId, key) as (Omit<RetiredCode, 'generated'> & { generated: number }) | undefined;
  return row && { ...row, generated: row.generated === 1 };
}

/**
 * Makes one of the group's retired codes live again and retires the live one in its place. The
 * code comes back with its own join count and the time it was first set, so "N joined since"
 * and a seat limit go on where they stopped, as if it had never left.
 */
export function restoreRetiredCode(ctx: Ctx, groupId: number, code: RetiredCode): void {
  retireLiveCode(ctx, groupId, nowIso(ctx));
  // Out of the retired list first: a key is live or retired, never both (the schema's triggers).
  ctx.db.prepare('DELETE FROM retired_codes WHERE id = ? AND group_id = ?').run(code.id, groupId);
  ctx.db
    .prepare('UPDATE join_codes SET display = ?, key = ?, generated = ?, used_count = ?, set_at = ? WHERE group_id = ?')
    .run(code.display, code.key, code.generated ? 1 : 0, code.usedCount, code.setAt, groupId);
}
