import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { progressChannels } from '../../shared/domains/progress';
import { AppError } from '../../shared/result';
import type { ProgressGrid, ProgressStatus } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import { getGroup } from './groups';
import type { HandlerMap } from './handler';

type Entry = { status: ProgressStatus; completedAt: string | null };

function writeProgress(ctx: Ctx, learnerId: number, courseId: number, status: ProgressStatus, completedAt?: string): Entry {
  const learner = ctx.db.prepare('SELECT group_id AS groupId FROM learners WHERE id = ?').get(learnerId) as
    { groupId: number } | undefined;
  if (!learner) throw new AppError('not-found', { id: 'learner.notFound' }, { field: 'learnerId' });
  const assigned = ctx.db
    .prepare('SELECT 1 FROM group_courses WHERE group_id = ? AND course_id = ?')
    .get(learner.groupId, courseId);
  if (!assigned) throw new AppError('validation', { id: 'progress.courseNotAssigned' }, { field: 'courseId' });
  const entry: Entry = { status, completedAt: status === 'completed' ? (completedAt ?? nowIso(ctx)) : null };
  if (status === 'not-started') {
    ctx.db.prepare('DELETE FROM progress WHERE learner_id = ? AND course_id = ?').run(learnerId, courseId);
  } else {
    ctx.db
      .prepare(
        `INSERT INTO progress (learner_id, course_id, status, completed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (learner_id, course_id) DO UPDATE SET status = excluded.status, completed_at = excluded.completed_at`,
      )
      .run(learnerId, courseId, entry.status, entry.completedAt);
  }
  // The group too, so the log's group filter finds the progress of the group's learners.
  recordAudit(ctx, 'progress-set', { learnerId, courseId, groupId: learner.groupId });
  return entry;
}

export const setProgress = (ctx: Ctx, input: ParsedInput<'progress-set'>) =>
  inTransaction(ctx, () => writeProgress(ctx, input.learnerId, input.courseId, input.status, input.completedAt));

/**
 * When a completion marked for a picked day happened: today, the moment it is marked; an earlier
 * day, that day at the time of marking (on this computer's clock), so every completion carries a
 * real time of day rather than a made-up one. A day still to come is refused.
 */
export function completionMoment(ctx: Ctx, day: string): string {
  const now = ctx.env.now();
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const at = new Date(now);
  at.setFullYear(y, m - 1, d);
  if (at.getTime() > now.getTime()) {
    throw new AppError('validation', { id: 'progress.futureDate' }, { field: 'completedOn' });
  }
  return at.toISOString();
}

/** Marks a course for several learners at once; all or none. */
export function setProgressMany(ctx: Ctx, input: ParsedInput<'progress-set-many'>): { updated: number } {
  return inTransaction(ctx, () => {
    const completedAt = input.completedOn ? completionMoment(ctx, input.completedOn) : input.completedAt;
    for (const learnerId of new Set(input.learnerIds)) writeProgress(ctx, learnerId, input.courseId, input.status, completedAt);
    return { updated: new Set(input.learnerIds).size };
  });
}

const percent = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);

/** The group's learners × its courses, with completion per learner, per course and for the group. */
export function progressGrid(ctx: Ctx, input: ParsedInput<'progress-group'>): ProgressGrid {
  getGroup(ctx, input.groupId);
  const courses = ctx.db
    .prepare(
      `SELECT c.id, c.title FROM group_courses gc JOIN courses c ON c.id = gc.course_id
       WHERE gc.group_id = ? AND c.archived_at IS NULL ORDER BY c.title COLLATE NOCASE`,
    )
    .all(input.groupId) as { id: number; title: string }[];
  const learners = ctx.db
    .prepare('SELECT id, name, email FROM learners WHERE group_id = ? ORDER BY name COLLATE NOCASE, id')
    .all(input.groupId) as { id: number; name: string; email: string }[];
  const rows = ctx.db
    .prepare(
      `SELECT p.learner_id AS learnerId, p.course_id AS courseId, p.status, p.completed_at AS completedAt
       FROM progress p JOIN learners l ON l.id = p.learner_id WHERE l.group_id = ?`,
    )
    .all(input.groupId) as { learnerId: number; courseId: number; status: ProgressStatus; completedAt: string | null }[];
  const courseIds = new Set(courses.map((c) => c.id));
  const byLearner = new Map<number, Record<number, Entry>>();
  for (const r of rows) {
    if (!courseIds.has(r.courseId)) continue; // progress kept from an earlier group's course
    const statuses = byLearner.get(r.learnerId) ?? {};
    statuses[r.courseId] = { status: r.status, completedAt: r.completedAt };
    byLearner.set(r.learnerId, statuses);
  }
  const done = (statuses: Record<number, Entry>, courseId: number) => statuses[courseId]?.status === 'completed';
  const gridLearners = learners.map((l) => {
    const statuses = byLearner.get(l.id) ?? {};
    const completed = courses.filter((c) => done(statuses, c.id)).length;
    return { ...l, completed, percent: percent(completed, courses.length), statuses };
  });
  const gridCourses = courses.map((c) => {
    const completed = gridLearners.filter((l) => done(l.statuses, c.id)).length;
    return { ...c, completed, percent: percent(completed, learners.length) };
  });
  const total = gridCourses.reduce((n, c) => n + c.completed, 0);
  return {
    groupId: input.groupId,
    courses: gridCourses,
    learners: gridLearners,
    percent: percent(total, courses.length * learners.length),
  };
}

export const progressHandlers: HandlerMap<ChannelsOf<typeof progressChannels>> = {
  'progress-set': setProgress,
  'progress-set-many': setProgressMany,
  'progress-group': progressGrid,
};
