import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { courseChannels } from '../../shared/domains/courses';
import { AppError } from '../../shared/result';
import type { Course } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import { getGroup } from './groups';
import type { HandlerMap } from './handler';

type CourseRow = Omit<Course, 'archived' | 'groupIds'> & { archivedAt: string | null; groupIds: string | null };

const COURSE_SELECT = `
  SELECT c.id, c.title, c.description, c.created_at AS createdAt, c.archived_at AS archivedAt,
         (SELECT group_concat(group_id) FROM group_courses WHERE course_id = c.id) AS groupIds
  FROM courses c`;

const toCourse = ({ archivedAt, groupIds, ...row }: CourseRow): Course => ({
  ...row,
  archived: archivedAt !== null,
  groupIds: groupIds
    ? groupIds
        .split(',')
        .map(Number)
        .sort((a, b) => a - b)
    : [],
});

export function getCourse(ctx: Ctx, id: number): Course {
  const row = ctx.db.prepare(`${COURSE_SELECT} WHERE c.id = ?`).get(id) as CourseRow | undefined;
  if (!row) throw new AppError('not-found', { id: 'course.notFound' }, { field: 'id' });
  return toCourse(row);
}

export function listCourses(ctx: Ctx, input: ParsedInput<'courses-list'>): Course[] {
  const where = input.includeArchived ? '' : 'WHERE c.archived_at IS NULL';
  return (ctx.db.prepare(`${COURSE_SELECT} ${where} ORDER BY c.title COLLATE NOCASE, c.id`).all() as CourseRow[]).map(toCourse);
}

export function createCourse(ctx: Ctx, input: ParsedInput<'courses-create'>): Course {
  return inTransaction(ctx, () => {
    const { lastInsertRowid } = ctx.db
      .prepare('INSERT INTO courses (title, description, created_at) VALUES (?, ?, ?)')
      .run(input.title, input.description ?? '', nowIso(ctx));
    const id = Number(lastInsertRowid);
    recordAudit(ctx, 'course-created', { courseId: id });
    return getCourse(ctx, id);
  });
}

export function updateCourse(ctx: Ctx, input: ParsedInput<'courses-update'>): Course {
  return inTransaction(ctx, () => {
    const course = getCourse(ctx, input.id);
    const archivedAt = input.archived === undefined ? (course.archived ? 'keep' : null) : input.archived ? nowIso(ctx) : null;
    ctx.db
      .prepare(
        `UPDATE courses SET title = ?, description = ?,
         archived_at = CASE WHEN ? = 'keep' THEN archived_at ELSE ? END WHERE id = ?`,
      )
      .run(input.title ?? course.title, input.description ?? course.description, archivedAt, archivedAt, course.id);
    recordAudit(ctx, 'course-updated', { courseId: course.id });
    return getCourse(ctx, course.id);
  });
}

function assertAllExist(ctx: Ctx, table: 'courses' | 'groups', ids: number[], field: string): void {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const found = ctx.db
    .prepare(`SELECT count(*) FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`)
    .pluck()
    .get(JSON.stringify(unique));
  if (found !== unique.length)
    throw new AppError('validation', { id: table === 'groups' ? 'group.someMissing' : 'course.someMissing' }, { field });
}

/** The courses a group gets, set as a whole. */
export function setGroupCourses(ctx: Ctx, input: ParsedInput<'group-courses-set'>): Course[] {
  return inTransaction(ctx, () => {
    getGroup(ctx, input.groupId);
    assertAllExist(ctx, 'courses', input.courseIds, 'courseIds');
    ctx.db.prepare('DELETE FROM group_courses WHERE group_id = ?').run(input.groupId);
    const add = ctx.db.prepare('INSERT OR IGNORE INTO group_courses (group_id, course_id) VALUES (?, ?)');
    for (const courseId of input.courseIds) add.run(input.groupId, courseId);
    recordAudit(ctx, 'courses-assigned', { groupId: input.groupId });
    return listCourses(ctx, { includeArchived: true }).filter((c) => c.groupIds.includes(input.groupId));
  });
}

/** The groups that get a course, set as a whole: the same assignment, from the course's side. */
export function setCourseGroups(ctx: Ctx, input: ParsedInput<'course-groups-set'>): Course {
  return inTransaction(ctx, () => {
    getCourse(ctx, input.courseId);
    assertAllExist(ctx, 'groups', input.groupIds, 'groupIds');
    ctx.db.prepare('DELETE FROM group_courses WHERE course_id = ?').run(input.courseId);
    const add = ctx.db.prepare('INSERT OR IGNORE INTO group_courses (group_id, course_id) VALUES (?, ?)');
    for (const groupId of input.groupIds) add.run(groupId, input.courseId);
    recordAudit(ctx, 'courses-assigned', { courseId: input.courseId });
    return getCourse(ctx, input.courseId);
  });
}

export const courseHandlers: HandlerMap<ChannelsOf<typeof courseChannels>> = {
  'courses-create': createCourse,
  'courses-list': listCourses,
  'courses-update': updateCourse,
  'group-courses-set': setGroupCourses,
  'course-groups-set': setCourseGroups,
};
