import type { ParsedInput } from '../../shared/contract';
import { emailKey } from '../../shared/email';
import { AppError } from '../../shared/result';
import type { Learner } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction } from './context';
import { noteMerge } from './learnerMerges';
import { learnerRow } from './learnerRow';
import { indexLearner } from './searchTerms';

/** The fields an edit can change, in the order the audit names them. */
const EDITABLE = ['name', 'email', 'role'] as const;
type Editable = (typeof EDITABLE)[number];

/** The same rule as sign-up and "Add a learner": one learner per email key, wherever they are. */
function refuseTakenEmail(ctx: Ctx, email: string, exceptId: number): void {
  const clash = ctx.db
    .prepare('SELECT g.name FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.email_key = ? AND l.id <> ?')
    .pluck()
    .get(emailKey(email), exceptId) as string | undefined;
  if (clash !== undefined) {
    throw new AppError('conflict', { id: 'learner.emailTakenMerge', values: { group: clash } }, { field: 'email' });
  }
}

/**
 * Corrects a learner's name, email or role (a typo at the kiosk, a role given by hand). Only what
 * differs is written; an edit that changes nothing writes nothing. The audit names the fields that
 * changed, never their values.
 */
export function updateLearner(ctx: Ctx, input: ParsedInput<'learners-update'>): Learner {
  return inTransaction(ctx, () => {
    const current = learnerRow(ctx, input.id, 'id');
    const next = {
      name: input.name ?? current.name,
      email: input.email ?? current.email,
      role: input.role ?? current.role,
    };
    const changed = EDITABLE.filter((field: Editable) => next[field] !== current[field]);
    if (changed.length === 0) return current;
    // A change of case keeps the key: the learner does not clash with themselves.
    if (changed.includes('email')) refuseTakenEmail(ctx, next.email, current.id);
    ctx.db
      .prepare('UPDATE learners SET name = ?, email = ?, email_key = ?, role = ? WHERE id = ?')
      .run(next.name, next.email, emailKey(next.email), next.role, current.id);
    if (changed.includes('name') || changed.includes('email')) indexLearner(ctx, current.id, next.name, next.email);
    recordAudit(ctx, `learner-updated:${changed.join(',')}`, { groupId: current.groupId, learnerId: current.id });
    return learnerRow(ctx, current.id, 'id');
  });
}

// How far a course got: a merge keeps the furthest of the two.
const RANK = (column: string) => `CASE ${column} WHEN 'completed' THEN 2 WHEN 'started' THEN 1 ELSE 0 END`;

/**
 * Folds a duplicate (`mergeId`, most often the record a typo made) into the learner kept
 * (`keepId`), in one transaction. The kept learner keeps its name, email, group and role. Per course
 * the furthest status wins (completed > started > not started) with its own completion time — the
 * earlier one when both completed. The duplicate's moves and audit entries become the kept
 * learner's, and `learner_merges` notes its record (so erasing the kept learner reaches it in older
 * backups too); then the duplicate and its search entries go. Learners in different groups may be
 * merged: progress on the other group's courses is kept, and shows if the learner moves there.
 */
export function mergeLearners(ctx: Ctx, input: ParsedInput<'learners-merge'>): Learner {
  return inTransaction(ctx, () => {
    const keep = learnerRow(ctx, input.keepId, 'keepId');
    const merged = learnerRow(ctx, input.mergeId, 'mergeId');
    // An upload being written may still take either back (it notes them by id); wait for it.
    const importing = ctx.db
      .prepare(
        `SELECT 1 FROM import_rows r JOIN import_batches b ON b.id = r.batch_id
         WHERE b.state = 'running' AND r.learner_id IN (?, ?)`,
      )
      .get(keep.id, merged.id);
    if (importing) {
      throw new AppError('conflict', { id: 'learner.mergeDuringImport' });
    }
    ctx.db
      .prepare(
        `INSERT INTO progress (learner_id, course_id, status, completed_at)
         SELECT @keep, course_id, status, completed_at FROM progress WHERE learner_id = @merged
         ON CONFLICT (learner_id, course_id) DO UPDATE SET status = excluded.status, completed_at = excluded.completed_at
         WHERE ${RANK('excluded.status')} > ${RANK('progress.status')}
            OR (excluded.status = 'completed' AND progress.status = 'completed' AND excluded.completed_at IS NOT NULL
                AND (progress.completed_at IS NULL OR excluded.completed_at < progress.completed_at))`,
      )
      .run({ keep: keep.id, merged: merged.id });
    // Before the audit entries move: it tells the duplicate's from those of an earlier record on its number.
    noteMerge(ctx, keep, merged);
    ctx.db.prepare('UPDATE learner_moves SET learner_id = ? WHERE learner_id = ?').run(keep.id, merged.id);
    ctx.db.prepare('UPDATE audit SET learner_id = ? WHERE learner_id = ?').run(keep.id, merged.id);
    // Its remaining progress goes with it by cascade, its search entries by trigger (learners_unindex).
    ctx.db.prepare('DELETE FROM learners WHERE id = ?').run(merged.id);
    recordAudit(ctx, 'learners-merged', { groupId: keep.groupId, learnerId: keep.id, fromGroupId: merged.groupId });
    return learnerRow(ctx, keep.id, 'keepId');
  });
}
