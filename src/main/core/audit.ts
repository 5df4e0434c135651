import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { auditChannels } from '../../shared/domains/audit';
import type { AuditEntry, Page } from '../../shared/types';
import { FAILED_SIGNUP } from '../../shared/domains/audit';
import type { Ctx } from './context';
import { nowIso } from './context';
import type { HandlerMap } from './handler';
import { flushAttempts, isAttemptKind, stationNames } from './kioskAttempts';

/** Audit actions. Ids only: never a name, email or code. */
export type AuditAction =
  | 'group-created'
  | 'group-updated'
  | 'join-code-generated'
  | 'join-code-changed'
  | 'join-code-regenerated'
  | 'join-code-restored'
  | 'join-code-settings-changed'
  | 'code-policy-changed'
  | 'group-cloned'
  | 'admin-pin-set'
  | 'kiosk-settings-changed'
  | 'kiosk-unlocked'
  | 'kiosk-exited'
  | 'learner-added'
  | 'learner-reassigned'
  /** With the names of the fields that changed, never their values: `learner-updated:email,name`. */
  | `learner-updated:${string}`
  | 'learners-merged'
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
  | 'language-settings-changed'
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

type AuditFilters = Pick<ParsedInput<'audit-list'>, 'action' | 'groupId' | 'from' | 'to'>;

/** The WHERE clauses of both sources of the log (audit rows, failed sign-ups) for the same filters. */
function whereOf(input: AuditFilters): { audit: string; attempts: string; params: Record<string, string | number> } {
  const params: Record<string, string | number> = {};
  const audit: string[] = [];
  const attempts: string[] = [];
  if (input.action) {
    params.action = input.action;
    // `learner-updated` also finds the entries naming the fields changed (`learner-updated:email,name`).
    audit.push("(a.action = @action OR substr(a.action, 1, length(@action) + 1) = @action || ':')");
    attempts.push(`@action = '${FAILED_SIGNUP}'`);
  }
  if (input.groupId !== undefined) {
    params.group = input.groupId;
    audit.push('(a.group_id = @group OR a.from_group_id = @group)');
    attempts.push('k.group_id = @group');
  }
  // A minute of attempts is dated at its start: 'YYYY-MM-DDTHH:MM' + ':00.000Z'.
  if (input.from) {
    params.from = input.from;
    audit.push('a.at >= @from');
    attempts.push("k.minute || ':00.000Z' >= @from");
  }
  if (input.to) {
    params.to = input.to;
    audit.push('a.at < @to');
    attempts.push("k.minute || ':00.000Z' < @to");
  }
  const where = (c: string[]) => (c.length ? `WHERE ${c.join(' AND ')}` : '');
  return { audit: where(audit), attempts: where(attempts), params };
}

interface Row {
  id: string;
  at: string;
  actor: 'admin' | 'kiosk';
  action: string;
  groupId: number | null;
  fromGroupId: number | null;
  learnerId: number | null;
  courseId: number | null;
  kind: string | null;
  station: string | null;
  count: number | null;
  groupName: string | null;
  fromGroupName: string | null;
  learnerName: string | null;
  learnerErased: number;
  courseTitle: string | null;
}

/**
 * An entry a merge moved over from a duplicate: dated between the duplicate's sign-up and the merge,
 * and after any entry an earlier record left on either number (see migration 0110).
 */
const MERGED_ENTRY = `SELECT 1 FROM learner_merges m WHERE m.learner_id = l.id AND m.merged_registered_at <= p.at
  AND p.at <= m.at AND (m.others_until IS NULL OR p.at > m.others_until)`;

/**
 * Names are joined at read time, and only to a record that existed when the entry was made (by the
 * end of its minute, for failed sign-ups counted per minute): an id
 * SQLite hands out again after a removal never lends a newcomer's name to an old entry. Entries a
 * merge moved over are the kept learner's, named as them.
 */
const NAMES_SQL = `
  SELECT p.*,
    g.name AS groupName, fg.name AS fromGroupName, l.name AS learnerName, c.title AS courseTitle,
    EXISTS (SELECT 1 FROM erasure_ledger e WHERE e.learner_id = p.learnerId AND e.registered_at <= p.nameAt) AS learnerErased
  FROM page p
  LEFT JOIN groups g ON g.id = p.groupId AND g.created_at <= p.nameAt
  LEFT JOIN groups fg ON fg.id = p.fromGroupId AND fg.created_at <= p.nameAt
  LEFT JOIN learners l ON l.id = p.learnerId AND (l.registered_at <= p.nameAt OR EXISTS (${MERGED_ENTRY}))
  LEFT JOIN courses c ON c.id = p.courseId AND c.created_at <= p.nameAt
  ORDER BY p.at DESC, p.seq DESC`;

function entryOf(r: Row, stationName: ReturnType<typeof stationNames>): AuditEntry {
  const gone: AuditEntry['gone'] = {};
  if (r.action === 'learner-erased' || (r.learnerErased && !r.learnerName)) gone.learner = 'erased';
  else if (r.learnerId !== null && r.learnerName === null) gone.learner = 'removed';
  if (r.groupId !== null && r.groupName === null) gone.group = 'removed';
  if (r.fromGroupId !== null && r.fromGroupName === null) gone.fromGroup = 'removed';
  if (r.courseId !== null && r.courseTitle === null) gone.course = 'removed';
  const learnerName = gone.learner ? `${gone.learner} learner` : r.learnerName;
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    groupId: r.groupId,
    groupName: r.groupId === null ? null : (r.groupName ?? 'removed group'),
    fromGroupId: r.fromGroupId,
    fromGroupName: r.fromGroupId === null ? null : (r.fromGroupName ?? 'removed group'),
    learnerId: r.learnerId,
    learnerName,
    courseId: r.courseId,
    courseTitle: r.courseId === null ? null : (r.courseTitle ?? 'removed course'),
    attempt:
      r.kind && isAttemptKind(r.kind)
        ? { kind: r.kind, count: r.count ?? 0, station: r.station ?? '', ...stationName(r.station ?? '') }
        : null,
    gone,
  };
}

/** Entries newest first, audit rows and failed sign-ups together, with names; `limit` null: all of them. */
export function readAudit(ctx: Ctx, input: AuditFilters, limit: number | null, offset = 0): AuditEntry[] {
  const { audit, attempts, params } = whereOf(input);
  const rows = ctx.db
    .prepare(
      // Each source gives at most a page's worth in its own index order; only those are merged.
      `WITH page AS (
         SELECT * FROM (
           SELECT * FROM (
             SELECT 'a' || a.id AS id, a.at, a.actor, a.action, a.group_id AS groupId, a.from_group_id AS fromGroupId,
                    a.learner_id AS learnerId, a.course_id AS courseId, NULL AS kind, NULL AS station, NULL AS count, a.id AS seq,
                    a.at AS nameAt
             FROM audit a ${audit} ORDER BY a.at DESC, a.id DESC LIMIT @upTo)
           UNION ALL
           SELECT * FROM (
             SELECT 'k' || k.minute || '-' || k.station || '-' || k.kind || '-' || k.group_id, k.minute || ':00.000Z', 'kiosk',
                    '${FAILED_SIGNUP}', nullif(k.group_id, 0), NULL, NULL, NULL, k.kind, k.station, k.count, 0,
                    k.minute || ':59.999Z'
             FROM kiosk_attempts k ${attempts} ORDER BY k.minute DESC LIMIT @upTo))
         ORDER BY at DESC, seq DESC LIMIT @limit OFFSET @offset)
       ${NAMES_SQL}`,
    )
    .all({ ...params, limit: limit ?? -1, offset, upTo: limit === null ? -1 : limit + offset }) as Row[];
  const stationName = stationNames(ctx);
  return rows.map((r) => entryOf(r, stationName));
}

export function listAudit(ctx: Ctx, input: ParsedInput<'audit-list'>): Page<AuditEntry> {
  flushAttempts(ctx);
  const { audit, attempts, params } = whereOf(input);
  const total = ctx.db
    .prepare(`SELECT (SELECT count(*) FROM audit a ${audit}) + (SELECT count(*) FROM kiosk_attempts k ${attempts})`)
    .pluck()
    .get(params) as number;
  return { items: readAudit(ctx, input, input.limit ?? 100, input.offset ?? 0), total };
}

export const auditHandlers: HandlerMap<ChannelsOf<typeof auditChannels>> = {
  'audit-list': listAudit,
};
