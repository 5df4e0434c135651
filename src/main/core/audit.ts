import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { auditChannels } from '../../shared/domains/audit';
import type { AuditEntry, Page } from '../../shared/types';
import type { Ctx } from './context';
import { nowIso } from './context';
import type { HandlerMap } from './handler';

/** Audit actions. Ids only: never a name, email or code. */
export type AuditAction =
  | 'group-created'
  | 'group-updated'
  | 'join-code-generated'
  | 'join-code-changed'
  | 'join-code-regenerated'
  | 'join-code-settings-changed'
  | 'code-policy-changed'
  | 'group-cloned'
  | 'admin-pin-set'
  | 'kiosk-settings-changed'
  | 'kiosk-unlocked'
  | 'kiosk-exited'
  | 'learner-added'
  | 'learner-reassigned'
  | 'learner-removed'
  | 'learner-erased'
  | 'learners-imported'
  | 'course-created'
  | 'course-updated'
  | 'courses-assigned'
  | 'progress-set'
  | 'backup-created'
  | 'backup-restored'
  | 'backup-settings-changed'
  | 'learner-registered';

export function recordAudit(
  ctx: Ctx,
  action: AuditAction,
  ids: { groupId?: number; learnerId?: number; fromGroupId?: number; courseId?: number } = {},
): void {
  ctx.db
    .prepare('INSERT INTO audit (at, actor, action, group_id, learner_id, from_group_id, course_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(
      nowIso(ctx),
      ctx.actor,
      action,
      ids.groupId ?? null,
      ids.learnerId ?? null,
      ids.fromGroupId ?? null,
      ids.courseId ?? null,
    );
}

export function listAudit(ctx: Ctx, input: ParsedInput<'audit-list'>): Page<AuditEntry> {
  const params: Record<string, string | number> = { limit: input.limit ?? 100, offset: input.offset ?? 0 };
  const filters: [string, string, string | number | undefined][] = [
    ['action = @action', 'action', input.action || undefined],
    ['(group_id = @group OR from_group_id = @group)', 'group', input.groupId],
    ['at >= @from', 'from', input.from],
    ['at < @to', 'to', input.to],
  ];
  const clauses: string[] = [];
  for (const [sql, name, value] of filters) {
    if (value === undefined) continue;
    clauses.push(sql);
    params[name] = value;
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = ctx.db.prepare(`SELECT count(*) FROM audit ${where}`).pluck().get(params) as number;
  const items = ctx.db
    .prepare(
      `SELECT id, at, actor, action, group_id AS groupId, learner_id AS learnerId, from_group_id AS fromGroupId, course_id AS courseId
       FROM audit ${where} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
    )
    .all(params) as AuditEntry[];
  return { items, total };
}

export const auditHandlers: HandlerMap<ChannelsOf<typeof auditChannels>> = {
  'audit-list': listAudit,
};
