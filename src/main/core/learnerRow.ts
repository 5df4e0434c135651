import { AppError } from '../../shared/result';
import type { Learner } from '../../shared/types';
import type { Ctx } from './context';

/** A learner as the screens get one (`l` joined to its group `g`): the roster, the drawer, an edit. */
export const LEARNER_COLUMNS = `l.id, l.name, l.email, l.group_id AS groupId, g.name AS groupName, l.role, l.source,
  l.registered_at AS registeredAt`;

/** One learner by id, or `not-found` on `field` (the input that named them). */
export function learnerRow(ctx: Ctx, id: number, field = 'learnerId'): Learner {
  const row = ctx.db
    .prepare(`SELECT ${LEARNER_COLUMNS} FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.id = ?`)
    .get(id) as Learner | undefined;
  if (!row) throw new AppError('not-found', { id: 'learner.notFound' }, { field });
  return row;
}
