import type { Ctx } from './env';
import { nowIso } from './env';

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
