import { AppError } from '../../shared/errors';
import { checkCustomCode, formatGeneratedCode, generateJoinCodeKey } from '../../shared/joinCode';
import type { CodeHistoryEntry, Group, JoinCodeSaved } from '../../shared/types';
import type { Ctx } from './env';
import { inTransaction, nowIso } from './env';
import { recordAudit } from './audit';
import { getGroup } from './groups';
import { getCodePolicy } from './settings';

interface NewCode {
  key: string;
  display: string;
  generated: boolean;
}

type KeyOwner = { groupId: number; state: 'live' | 'retired' } | undefined;

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

/** Replaces a group's live code; the old one moves to the retired list and stops working at once. */
function replaceCode(ctx: Ctx, groupId: number, code: NewCode): void {
  const at = nowIso(ctx);
  ctx.db
    .prepare(
      `INSERT INTO retired_codes (group_id, display, key, generated, used_count, set_at, retired_at)
       SELECT group_id, display, key, generated, used_count, set_at, ? FROM join_codes WHERE group_id = ?`,
    )
    .run(at, groupId);
  ctx.db
    .prepare('UPDATE join_codes SET display = ?, key = ?, generated = ?, used_count = 0, set_at = ? WHERE group_id = ?')
    .run(code.display, code.key, code.generated ? 1 : 0, at, groupId);
}

export function updateJoinCode(ctx: Ctx, input: { groupId: number; code: string }): JoinCodeSaved {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const policy = getCodePolicy(ctx);
    if (policy.generatedOnly) {
      throw new AppError('validation', 'Custom codes are turned off in Settings: regenerate the code instead.', {
        field: 'code',
      });
    }
    const checked = checkCustomCode(input.code, policy.minLength);
    if ('error' in checked) throw new AppError('validation', checked.error, { field: 'code' });
    const display = input.code.normalize('NFKC').trim();
    const owner = findKeyOwner(ctx, checked.key);
    if (owner?.groupId === group.id && owner.state === 'live') {
      // Same code, typed differently: keep it live, just show it as now typed.
      ctx.db.prepare('UPDATE join_codes SET display = ?, generated = 0 WHERE group_id = ?').run(display, group.id);
    } else if (owner) {
      throw new AppError('conflict', takenMessage(owner, group.id), { field: 'code' });
    } else {
      replaceCode(ctx, group.id, { key: checked.key, display, generated: false });
      recordAudit(ctx, 'join-code-changed', { groupId: group.id });
    }
    return { group: getGroup(ctx, group.id), warning: checked.warning };
  });
}

function takenMessage(owner: NonNullable<KeyOwner>, groupId: number): string {
  if (owner.state === 'live') return 'Another group already uses this code. Choose a different one.';
  if (owner.groupId === groupId) return 'This group used this code before. Old codes stay retired: choose a new one.';
  return 'This code belonged to another group before and stays reserved. Choose a different one.';
}

export function regenerateJoinCode(ctx: Ctx, input: { groupId: number }): Group {
  return inTransaction(ctx, () => {
    getGroup(ctx, input.groupId);
    replaceCode(ctx, input.groupId, newGeneratedCode(ctx));
    recordAudit(ctx, 'join-code-regenerated', { groupId: input.groupId });
    return getGroup(ctx, input.groupId);
  });
}

export function updateCodeSettings(
  ctx: Ctx,
  input: { groupId: number; enabled?: boolean; validFrom?: string | null; validUntil?: string | null; maxUses?: number | null },
): Group {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const next = {
      enabled: input.enabled ?? group.codeEnabled,
      validFrom: input.validFrom === undefined ? group.validFrom : input.validFrom,
      validUntil: input.validUntil === undefined ? group.validUntil : input.validUntil,
      maxUses: input.maxUses === undefined ? group.maxUses : input.maxUses,
    };
    if (next.validFrom && next.validUntil && next.validFrom >= next.validUntil) {
      throw new AppError('validation', 'The closing time must come after the opening time.', { field: 'validUntil' });
    }
    ctx.db
      .prepare('UPDATE join_codes SET enabled = ?, valid_from = ?, valid_until = ?, max_uses = ? WHERE group_id = ?')
      .run(next.enabled ? 1 : 0, next.validFrom, next.validUntil, next.maxUses, group.id);
    recordAudit(ctx, 'join-code-settings-changed', { groupId: group.id });
    return getGroup(ctx, group.id);
  });
}

/** Every code the group has had, newest first, with how many joined with each. */
export function joinCodeHistory(ctx: Ctx, input: { groupId: number }): CodeHistoryEntry[] {
  getGroup(ctx, input.groupId);
  const rows = ctx.db
    .prepare(
      `SELECT * FROM (
         SELECT display AS joinCode, generated, set_at AS setAt, NULL AS retiredAt, used_count AS joinCount
         FROM join_codes WHERE group_id = @id
         UNION ALL
         SELECT display, generated, set_at, retired_at, used_count FROM retired_codes WHERE group_id = @id
       ) ORDER BY retiredAt IS NOT NULL, setAt DESC`,
    )
    .all({ id: input.groupId }) as (Omit<CodeHistoryEntry, 'generated'> & { generated: number })[];
  return rows.map((r) => ({ ...r, generated: r.generated === 1 }));
}
