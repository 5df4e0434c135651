import { AppError } from '../../shared/result';
import type { Text } from '../../shared/text';
import { checkCustomCode } from '../../shared/joinCode';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { joinCodeChannels } from '../../shared/domains/joinCodes';
import type { CodeHistoryEntry, Group, JoinCodeSaved } from '../../shared/types';
import type { Ctx } from './context';
import { inTransaction } from './context';
import { recordAudit } from './audit';
import type { KeyOwner } from './codeRecords';
import { findKeyOwner, findOwnRetiredCode, newGeneratedCode, replaceCode, restoreRetiredCode } from './codeRecords';
import { getGroup } from './groups';
import type { HandlerMap } from './handler';
import type { Host } from './host';
import { getCodePolicy, updateCodePolicy } from './settings';

export function updateJoinCode(ctx: Ctx, input: ParsedInput<'join-code-update'>): JoinCodeSaved {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const policy = getCodePolicy(ctx);
    if (policy.generatedOnly) {
      throw new AppError(
        'validation',
        { id: 'joinCode.customOff' },
        {
          field: 'code',
        },
      );
    }
    const checked = checkCustomCode(input.code, policy.minLength);
    if (!checked.ok) throw new AppError('validation', checked.text, { field: 'code' });
    const display = input.code.normalize('NFKC').trim();
    const owner = findKeyOwner(ctx, checked.key);
    if (owner?.groupId === group.id && owner.state === 'live') {
      // Same code, typed differently: keep it live, just show it as now typed.
      ctx.db.prepare('UPDATE join_codes SET display = ?, generated = 0 WHERE group_id = ?').run(display, group.id);
    } else if (owner) {
      throw new AppError('conflict', takenText(owner, group.id), { field: 'code' });
    } else {
      replaceCode(ctx, group.id, { key: checked.key, display, generated: false });
      recordAudit(ctx, 'join-code-changed', { groupId: group.id });
    }
    return { group: getGroup(ctx, group.id), warning: checked.warning };
  });
}

function takenText(owner: NonNullable<KeyOwner>, groupId: number): Text {
  if (owner.state === 'live') return { id: 'joinCode.takenLive' };
  if (owner.groupId === groupId) return { id: 'joinCode.takenOwnRetired' };
  return { id: 'joinCode.takenOtherRetired' };
}

export function regenerateJoinCode(ctx: Ctx, input: ParsedInput<'join-code-regenerate'>): Group {
  return inTransaction(ctx, () => {
    getGroup(ctx, input.groupId);
    replaceCode(ctx, input.groupId, newGeneratedCode(ctx));
    recordAudit(ctx, 'join-code-regenerated', { groupId: input.groupId });
    return getGroup(ctx, input.groupId);
  });
}

/**
 * Brings back a code this group had before (say, after a Regenerate once cards were printed): the
 * live code retires in its place. Only the group's own: a retired code stays reserved for the
 * group that had it, so no other group can ever take it, and an old card never lands anyone elsewhere.
 */
export function restoreJoinCode(ctx: Ctx, input: ParsedInput<'join-code-restore'>): Group {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const owner = findKeyOwner(ctx, input.code);
    if (owner?.groupId === group.id && owner.state === 'live') {
      throw new AppError('conflict', { id: 'joinCode.alreadyCurrent' }, { field: 'code' });
    }
    const code = findOwnRetiredCode(ctx, group.id, input.code);
    if (!code) {
      throw new AppError(
        owner ? 'conflict' : 'not-found',
        { id: owner ? 'joinCode.otherGroups' : 'joinCode.neverHad' },
        { field: 'code' },
      );
    }
    if (!code.generated) {
      // A custom code comes back only if the policy would accept it as typed today.
      const policy = getCodePolicy(ctx);
      const checked = checkCustomCode(code.key, policy.minLength);
      if (policy.generatedOnly || !checked.ok) {
        throw new AppError(
          'validation',
          { id: 'joinCode.policyForbids' },
          {
            field: 'code',
          },
        );
      }
    }
    restoreRetiredCode(ctx, group.id, code);
    recordAudit(ctx, 'join-code-restored', { groupId: group.id });
    return getGroup(ctx, group.id);
  });
}

export function updateCodeSettings(ctx: Ctx, input: ParsedInput<'join-code-settings'>): Group {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const next = {
      enabled: input.enabled ?? group.codeEnabled,
      validFrom: input.validFrom === undefined ? group.validFrom : input.validFrom,
      validUntil: input.validUntil === undefined ? group.validUntil : input.validUntil,
      maxUses: input.maxUses === undefined ? group.maxUses : input.maxUses,
    };
    // A closing time already past is kept as given: sign-up is closed from now on, and the kiosk
    // says when it closed. The group page asks before saving one; scripts may set it on purpose.
    if (next.validFrom && next.validUntil && next.validFrom >= next.validUntil) {
      throw new AppError('validation', { id: 'joinCode.closeBeforeOpen' }, { field: 'validUntil' });
    }
    ctx.db
      .prepare('UPDATE join_codes SET enabled = ?, valid_from = ?, valid_until = ?, max_uses = ? WHERE group_id = ?')
      .run(next.enabled ? 1 : 0, next.validFrom, next.validUntil, next.maxUses, group.id);
    recordAudit(ctx, 'join-code-settings-changed', { groupId: group.id });
    return getGroup(ctx, group.id);
  });
}

/** Every code the group has had, newest first, with how many joined with each. */
export function joinCodeHistory(ctx: Ctx, input: ParsedInput<'join-code-history'>): CodeHistoryEntry[] {
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

export const joinCodeHandlers = (host: Host): HandlerMap<ChannelsOf<typeof joinCodeChannels>> => ({
  'join-code-update': updateJoinCode,
  'join-code-regenerate': regenerateJoinCode,
  'join-code-restore': restoreJoinCode,
  'join-code-settings': updateCodeSettings,
  'join-code-history': joinCodeHistory,
  'join-card-pdf': (ctx, { groupId }) => {
    const group = getGroup(ctx, groupId);
    return host.saveJoinCard ? host.saveJoinCard(group, ctx.caller) : { handledBy: 'browser' as const };
  },
  'code-policy-get': getCodePolicy,
  'code-policy-update': updateCodePolicy,
});
