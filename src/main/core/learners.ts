import type { Learner, Page } from '../../shared/types';
import type { Ctx } from './env';
import { likePattern } from './sql';

const LEARNER_COLUMNS = `
  l.id, l.name, l.email, l.group_id AS groupId, g.name AS groupName, l.role, l.source,
  l.registered_at AS registeredAt`;

export function listLearners(
  ctx: Ctx,
  input: { groupId?: number; search?: string; limit?: number; offset?: number },
): Page<Learner> {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (input.groupId !== undefined) {
    clauses.push('l.group_id = ?');
    params.push(input.groupId);
  }
  const search = input.search?.trim();
  if (search) {
    clauses.push(`(l.name LIKE ? ESCAPE '\\' OR l.email_key LIKE ? ESCAPE '\\')`);
    params.push(likePattern(search), likePattern(search.toLowerCase()));
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM learners l ${where}`).get(...params) as { n: number }).n;
  const items = ctx.db
    .prepare(
      `SELECT ${LEARNER_COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id ${where}
       ORDER BY l.registered_at DESC, l.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit ?? 50, input.offset ?? 0) as Learner[];
  return { items, total };
}
