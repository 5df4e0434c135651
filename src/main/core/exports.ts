import { toCsv } from '../../shared/csv';
import type { ParsedInput } from '../../shared/contract';
import { ATTEMPT_LABELS, auditActionLabel } from '../../shared/domains/audit';
import { readAudit } from './audit';
import { CODE_STATE_SQL } from './codeRecords';
import type { Ctx } from './context';
import { nowIso } from './context';
import { getGroup } from './groups';
import { splitName } from './nameSplit';

type Cell = string | number | null;

/**
 * A date and time as a spreadsheet reads it as data, not text: `YYYY-MM-DD HH:MM`, in this
 * computer's time zone (the one the admin reads the clock in). CSV has no time-zone field, so the
 * exports are local like everything else the admin sees.
 */
export function spreadsheetTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const STATUS: Record<string, string> = { 'not-started': 'Not started', started: 'Started', completed: 'Completed' };
const SOURCE: Record<string, string> = { kiosk: 'Kiosk', bulk: 'Bulk upload', admin: 'Added by admin' };
const STATE: Record<string, string> = {
  active: 'Open',
  paused: 'Paused',
  scheduled: 'Not open yet',
  expired: 'Closed',
  full: 'Full',
  archived: 'Archived',
};
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const label = (labels: Record<string, string>, value: string) => labels[value] ?? capital(value);

function groupsRows(ctx: Ctx, groupId: number | null): Cell[][] {
  const rows = ctx.db
    .prepare(
      `SELECT g.name, g.description, g.role, c.display, CASE WHEN g.archived_at IS NOT NULL THEN 'archived' ELSE ${CODE_STATE_SQL} END AS state,
              c.used_count AS used, c.max_uses AS max, (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS members,
              c.valid_from AS opens, c.valid_until AS closes, g.cohort_start AS cohortStart, g.created_at AS created
       FROM groups g JOIN join_codes c ON c.group_id = g.id ${groupId !== null ? 'WHERE g.id = @group' : ''} ORDER BY g.name_key`,
    )
    .all({ group: groupId, now: nowIso(ctx) }) as {
    name: string;
    description: string;
    role: string;
    display: string;
    state: string;
    used: number;
    max: number | null;
    members: number;
    opens: string | null;
    closes: string | null;
    cohortStart: string | null;
    created: string;
  }[];
  return [
    [
      'Group',
      'Description',
      'Role',
      'Join code',
      'State',
      'Places used',
      'Places',
      'Members',
      'Opens',
      'Closes',
      'Cohort start',
      'Created',
    ],
    ...rows.map((g) => [
      g.name,
      g.description,
      capital(g.role),
      g.display,
      label(STATE, g.state),
      g.used,
      g.max, // empty: no limit
      g.members,
      spreadsheetTime(g.opens),
      spreadsheetTime(g.closes),
      g.cohortStart,
      spreadsheetTime(g.created),
    ]),
  ];
}

function auditRows(ctx: Ctx, input: ParsedInput<'export-csv'>): Cell[][] {
  const entries = readAudit(ctx, input, null);
  return [
    ['When', 'Who', 'Action', 'Group', 'From group', 'Learner', 'Course', 'Failed sign-up', 'Attempts', 'Kiosk'],
    ...entries.map((e) => [
      spreadsheetTime(e.at),
      capital(e.actor),
      auditActionLabel(e.action),
      e.groupName,
      e.fromGroupName,
      e.learnerName,
      e.courseTitle,
      e.attempt ? ATTEMPT_LABELS[e.attempt.kind] : null,
      e.attempt ? e.attempt.count : null,
      e.attempt ? e.attempt.stationName : null,
    ]),
  ];
}

/** CSV exports for spreadsheets and for a central LMS: RFC 4180, UTF-8 with BOM, formulas disarmed. */
export function exportCsv(ctx: Ctx, input: ParsedInput<'export-csv'>): { filename: string; content: string } {
  const group = input.groupId !== undefined ? getGroup(ctx, input.groupId) : null;
  const where = group ? 'WHERE l.group_id = @group' : '';
  const params = { group: group?.id ?? null };
  let rows: Cell[][];
  switch (input.kind) {
    case 'groups':
      rows = groupsRows(ctx, group?.id ?? null);
      break;
    case 'learners': {
      const learners = ctx.db
        .prepare(
          `SELECT l.name, l.email, g.name AS groupName, l.role, l.source, l.registered_at AS registeredAt
           FROM learners l JOIN groups g ON g.id = l.group_id ${where} ORDER BY g.name_key, l.name COLLATE NOCASE`,
        )
        .all(params) as { name: string; email: string; groupName: string; role: string; source: string; registeredAt: string }[];
      rows = [
        ['Name', 'Email', 'Group', 'Role', 'Joined via', 'Registered'],
        ...learners.map((l) => [
          l.name,
          l.email,
          l.groupName,
          capital(l.role),
          label(SOURCE, l.source),
          spreadsheetTime(l.registeredAt),
        ]),
      ];
      break;
    }
    case 'progress': {
      const entries = ctx.db
        .prepare(
          `SELECT l.name, l.email, g.name AS groupName, c.title, coalesce(p.status, 'not-started') AS status, p.completed_at AS completedAt
           FROM learners l JOIN groups g ON g.id = l.group_id JOIN group_courses gc ON gc.group_id = l.group_id
           JOIN courses c ON c.id = gc.course_id AND c.archived_at IS NULL
           LEFT JOIN progress p ON p.learner_id = l.id AND p.course_id = c.id
           ${where} ORDER BY g.name_key, l.name COLLATE NOCASE, c.title COLLATE NOCASE`,
        )
        .all(params) as {
        name: string;
        email: string;
        groupName: string;
        title: string;
        status: string;
        completedAt: string | null;
      }[];
      rows = [
        ['Name', 'Email', 'Group', 'Course', 'Status', 'Completed'],
        ...entries.map((p) => [p.name, p.email, p.groupName, p.title, label(STATUS, p.status), spreadsheetTime(p.completedAt)]),
      ];
      break;
    }
    case 'moodle-users': {
      const learners = ctx.db
        .prepare(
          `SELECT l.name, l.email, g.name AS groupName FROM learners l JOIN groups g ON g.id = l.group_id ${where} ORDER BY l.email_key`,
        )
        .all(params) as { name: string; email: string; groupName: string }[];
      rows = [
        ['username', 'firstname', 'lastname', 'email', 'cohort1'],
        ...learners.map((l) => {
          const { first, last } = splitName(l.name);
          return [l.email.toLowerCase(), first, last, l.email, l.groupName];
        }),
      ];
      break;
    }
    case 'audit':
      rows = auditRows(ctx, input);
      break;
  }
  const day = spreadsheetTime(nowIso(ctx)).slice(0, 10);
  const scope = group ? `-${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}` : '';
  return { filename: `joindesk-${input.kind}${scope}-${day}.csv`, content: toCsv(rows) };
}
