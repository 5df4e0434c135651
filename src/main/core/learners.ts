import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { learnerChannels } from '../../shared/domains/learners';
import { emailKey } from '../../shared/email';
import { AppError } from '../../shared/result';
import type { Learner, LearnerDetail, LearnerExport, LearnerSource } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import { eraseLearnerRows } from './erasures';
import { getGroup } from './groups';
import { mergeLearners, updateLearner } from './learnerEdits';
import { learnerRow } from './learnerRow';
import type { HandlerMap } from './handler';
import { listLearners } from './roster';
import { indexLearner } from './searchTerms';

export { listLearners, SEARCH_COUNT_CAP } from './roster';

export function getLearner(ctx: Ctx, id: number): LearnerDetail {
  const learner = learnerRow(ctx, id);
  const courses = ctx.db
    .prepare(
      `SELECT c.id, c.title, coalesce(p.status, 'not-started') AS status, p.completed_at AS completedAt
       FROM group_courses gc JOIN courses c ON c.id = gc.course_id
       LEFT JOIN progress p ON p.course_id = c.id AND p.learner_id = @learner
       WHERE gc.group_id = @group AND c.archived_at IS NULL ORDER BY c.title`,
    )
    .all({ learner: id, group: learner.groupId }) as LearnerDetail['courses'];
  const moves = ctx.db
    .prepare(
      `SELECT m.from_group_id AS fromGroupId, f.name AS fromGroupName, m.to_group_id AS toGroupId, t.name AS toGroupName, m.reason, m.at
       FROM learner_moves m LEFT JOIN groups f ON f.id = m.from_group_id LEFT JOIN groups t ON t.id = m.to_group_id
       WHERE m.learner_id = ? ORDER BY m.id`,
    )
    .all(id) as LearnerDetail['moves'];
  return { ...learner, courses, moves };
}

export interface NewLearner {
  name: string;
  email: string;
  groupId: number;
  role: string;
  source: LearnerSource;
  codeKey: string | null;
}

/** The one way a learner row is written: with its search terms. Call inside a transaction. */
export function insertLearner(ctx: Ctx, learner: NewLearner, at = nowIso(ctx)): number {
  const { lastInsertRowid } = ctx.db
    .prepare(
      `INSERT INTO learners (name, email, email_key, group_id, role, source, code_key, registered_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      learner.name,
      learner.email,
      emailKey(learner.email),
      learner.groupId,
      learner.role,
      learner.source,
      learner.codeKey,
      at,
    );
  const id = Number(lastInsertRowid);
  indexLearner(ctx, id, learner.name, learner.email);
  return id;
}

export function addLearner(ctx: Ctx, input: ParsedInput<'learners-add'>): Learner {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.groupId);
    const clash = ctx.db
      .prepare('SELECT g.name FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.email_key = ?')
      .pluck()
      .get(emailKey(input.email)) as string | undefined;
    if (clash !== undefined) {
      throw new AppError(
        'conflict',
        { id: 'learner.emailTaken', values: { group: clash } },
        {
          field: 'email',
        },
      );
    }
    const id = insertLearner(ctx, { ...input, role: group.role, source: 'admin', codeKey: null });
    recordAudit(ctx, 'learner-added', { groupId: group.id, learnerId: id });
    return learnerRow(ctx, id);
  });
}

/** Moves a learner to another group; progress is kept, so courses both groups share carry on. */
export function moveLearner(ctx: Ctx, learnerId: number, toGroupId: number, reason: string): void {
  const learner = learnerRow(ctx, learnerId);
  const to = getGroup(ctx, toGroupId);
  if (learner.groupId === to.id)
    throw new AppError(
      'validation',
      { id: 'learner.alreadyInGroup', values: { name: learner.name, group: to.name } },
      { field: 'groupId' },
    );
  ctx.db.prepare('UPDATE learners SET group_id = ?, role = ? WHERE id = ?').run(to.id, to.role, learner.id);
  ctx.db
    .prepare('INSERT INTO learner_moves (learner_id, from_group_id, to_group_id, reason, at) VALUES (?, ?, ?, ?, ?)')
    .run(learner.id, learner.groupId, to.id, reason, nowIso(ctx));
  recordAudit(ctx, 'learner-reassigned', { groupId: to.id, learnerId: learner.id, fromGroupId: learner.groupId });
}

export function reassignLearner(ctx: Ctx, input: ParsedInput<'learners-reassign'>): Learner {
  return inTransaction(ctx, () => {
    moveLearner(ctx, input.learnerId, input.groupId, input.reason ?? '');
    return learnerRow(ctx, input.learnerId);
  });
}

export function removeLearner(ctx: Ctx, input: ParsedInput<'learners-remove'>): { removed: true } {
  return inTransaction(ctx, () => {
    const learner = learnerRow(ctx, input.learnerId);
    ctx.db.prepare('DELETE FROM learners WHERE id = ?').run(learner.id);
    recordAudit(ctx, 'learner-removed', { groupId: learner.groupId, learnerId: learner.id });
    return { removed: true as const };
  });
}

/**
 * Erasure for privacy: every row about the learner goes in one transaction (secure_delete is on,
 * so freed pages are zeroed), then a checkpoint folds the WAL into the file and truncates it.
 */
export function eraseLearner(ctx: Ctx, input: ParsedInput<'learners-erase'>): { erased: true } {
  inTransaction(ctx, () => {
    const learner = learnerRow(ctx, input.learnerId);
    eraseLearnerRows(ctx, learner);
    recordAudit(ctx, 'learner-erased', { groupId: learner.groupId });
  });
  ctx.db.pragma('wal_checkpoint(TRUNCATE)');
  return { erased: true };
}

export function exportLearner(ctx: Ctx, input: ParsedInput<'learners-export'>): LearnerExport {
  const learner = getLearner(ctx, input.learnerId);
  const audit = ctx.db
    .prepare('SELECT at, actor, action, group_id AS groupId FROM audit WHERE learner_id = ? ORDER BY id')
    .all(learner.id) as LearnerExport['audit'];
  return { exportedAt: nowIso(ctx), learner, audit };
}

export const learnerHandlers: HandlerMap<ChannelsOf<typeof learnerChannels>> = {
  'learners-list': listLearners,
  'learners-get': (ctx, { id }) => getLearner(ctx, id),
  'learners-add': addLearner,
  'learners-reassign': reassignLearner,
  'learners-remove': removeLearner,
  'learners-erase': eraseLearner,
  'learners-export': exportLearner,
  'learners-update': updateLearner,
  'learners-merge': mergeLearners,
};
