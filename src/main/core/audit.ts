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
  | 'learner-registered';

export function recordAudit(ctx: Ctx, action: AuditAction, ids: { groupId?: number; learnerId?: number } = {}): void {
  ctx.db
    .prepare('INSERT INTO audit (at, actor, action, group_id, learner_id) VALUES (?, ?, ?, ?, ?)')
    .run(nowIso(ctx), ctx.actor, action, ids.groupId ?? null, ids.learnerId ?? null);
}
