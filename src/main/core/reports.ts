import type { ChannelsOf } from '../../shared/contract';
import type { reportChannels } from '../../shared/domains/reports';
import type { Dashboard } from '../../shared/types';
import type { Ctx } from './context';
import { nowIso } from './context';
import { CODE_STATE_SQL } from './codeRecords';
import { exportCsv } from './exports';
import type { HandlerMap } from './handler';
import { flushAttempts, isAttemptKind } from './kioskAttempts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The numbers behind the dashboard: registrations over time, completion, and codes to look at. */
export function dashboard(ctx: Ctx): Dashboard {
  const now = ctx.env.now().getTime();
  const since90 = new Date(now - 90 * DAY_MS).toISOString();
  const since30 = new Date(now - 30 * DAY_MS).toISOString();
  const registrationsByDay = ctx.db
    .prepare(
      'SELECT substr(registered_at, 1, 10) AS day, count(*) AS count FROM learners WHERE registered_at >= ? GROUP BY day ORDER BY day',
    )
    .all(since90) as Dashboard['registrationsByDay'];
  const registrationsByGroup = ctx.db
    .prepare(
      `SELECT g.id AS groupId, g.name AS groupName, count(l.id) AS total,
              count(CASE WHEN l.registered_at >= ? THEN 1 END) AS last30Days
       FROM groups g JOIN learners l ON l.group_id = g.id GROUP BY g.id ORDER BY last30Days DESC, total DESC LIMIT 20`,
    )
    .all(since30) as Dashboard['registrationsByGroup'];
  const completionByGroup = ctx.db
    .prepare(
      `WITH m AS (SELECT group_id, count(*) AS members FROM learners GROUP BY group_id),
            c AS (SELECT gc.group_id, count(*) AS courses FROM group_courses gc JOIN courses co ON co.id = gc.course_id
                  WHERE co.archived_at IS NULL GROUP BY gc.group_id),
            d AS (SELECT l.group_id, count(*) AS done FROM progress p JOIN learners l ON l.id = p.learner_id
                  JOIN group_courses gc ON gc.group_id = l.group_id AND gc.course_id = p.course_id
                  JOIN courses co ON co.id = p.course_id AND co.archived_at IS NULL
                  WHERE p.status = 'completed' GROUP BY l.group_id)
       SELECT g.id AS groupId, g.name AS groupName, m.members, c.courses,
              round(100.0 * coalesce(d.done, 0) / (m.members * c.courses), 1) AS percent
       FROM groups g JOIN m ON m.group_id = g.id JOIN c ON c.group_id = g.id LEFT JOIN d ON d.group_id = g.id
       ORDER BY g.name_key LIMIT 50`,
    )
    .all() as Dashboard['completionByGroup'];
  const completionByCourse = ctx.db
    .prepare(
      `SELECT co.id AS courseId, co.title, count(l.id) AS learners,
              round(100.0 * count(CASE WHEN p.status = 'completed' THEN 1 END) / max(count(l.id), 1), 1) AS percent
       FROM courses co JOIN group_courses gc ON gc.course_id = co.id JOIN learners l ON l.group_id = gc.group_id
       LEFT JOIN progress p ON p.learner_id = l.id AND p.course_id = co.id
       WHERE co.archived_at IS NULL GROUP BY co.id ORDER BY co.title COLLATE NOCASE LIMIT 50`,
    )
    .all() as Dashboard['completionByCourse'];
  const codesNeedingAttention = codesToLookAt(ctx, now);
  return { registrationsByDay, registrationsByGroup, completionByGroup, completionByCourse, codesNeedingAttention };
}

/** Full, paused, drawing failed sign-ups, closing within a week, nearly full: most pressing first. */
function codesToLookAt(ctx: Ctx, now: number): Dashboard['codesNeedingAttention'] {
  flushAttempts(ctx);
  const soon = new Date(now + 7 * DAY_MS).toISOString();
  const codes = ctx.db
    .prepare(
      `SELECT g.id AS groupId, g.name AS groupName, ${CODE_STATE_SQL} AS state,
              c.valid_until AS validUntil, c.max_uses AS maxUses, c.used_count AS usedCount
       FROM join_codes c JOIN groups g ON g.id = c.group_id
       WHERE g.archived_at IS NULL AND (
         c.enabled = 0
         OR (c.max_uses IS NOT NULL AND c.used_count >= 0.8 * c.max_uses)
         OR (c.valid_until IS NOT NULL AND c.valid_until > @now AND c.valid_until <= @soon))
       ORDER BY g.name_key LIMIT 200`,
    )
    .all({ now: nowIso(ctx), soon }) as {
    groupId: number;
    groupName: string;
    state: string;
    validUntil: string | null;
    maxUses: number | null;
    usedCount: number;
  }[];
  const entries: Dashboard['codesNeedingAttention'] = [];
  for (const c of codes) {
    const base = { groupId: c.groupId, groupName: c.groupName };
    if (c.state === 'paused') entries.push({ ...base, reason: 'paused' });
    else if (c.state === 'full') entries.push({ ...base, reason: 'full', used: c.usedCount, max: c.maxUses ?? c.usedCount });
    if (c.state === 'active' && c.validUntil && c.validUntil <= soon)
      entries.push({ ...base, reason: 'expiring', closes: c.validUntil });
    if (c.state === 'active' && c.maxUses !== null && c.usedCount >= 0.8 * c.maxUses)
      entries.push({ ...base, reason: 'filling', used: c.usedCount, max: c.maxUses });
  }
  // Failed sign-ups in the last 24 hours with a group's code (a wrong code names no group).
  const since = new Date(now - DAY_MS).toISOString().slice(0, 16);
  const failures = ctx.db
    .prepare(
      `WITH f AS (SELECT group_id, kind, sum(count) AS n FROM kiosk_attempts WHERE minute >= ? AND group_id > 0 GROUP BY group_id, kind)
       SELECT g.id AS groupId, g.name AS groupName, sum(f.n) AS total,
              (SELECT kind FROM f f2 WHERE f2.group_id = g.id ORDER BY n DESC, kind LIMIT 1) AS kind
       FROM f JOIN groups g ON g.id = f.group_id WHERE g.archived_at IS NULL
       GROUP BY g.id ORDER BY total DESC, g.name_key LIMIT 50`,
    )
    .all(since) as { groupId: number; groupName: string; total: number; kind: string }[];
  for (const f of failures) {
    if (!isAttemptKind(f.kind)) continue;
    entries.push({
      groupId: f.groupId,
      groupName: f.groupName,
      reason: 'failures',
      failures: f.total,
      attemptKind: f.kind,
    });
  }
  const order: Record<string, number> = { full: 0, paused: 1, failures: 2, expiring: 3, filling: 4 };
  return entries.sort((a, b) => order[a.reason]! - order[b.reason]!).slice(0, 50);
}

export const reportHandlers: HandlerMap<ChannelsOf<typeof reportChannels>> = {
  'reports-dashboard': dashboard,
  'export-csv': exportCsv,
};
