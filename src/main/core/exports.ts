import { toCsv } from '../../shared/csv';
import type { ParsedInput } from '../../shared/contract';
import type { Ctx } from './context';
import { nowIso } from './context';
import { getGroup } from './groups';

type Cell = string | number | null;

/** Moodle's "Upload users" wants first and last names apart: the last word is the last name; one word gets "." (Moodle needs one). */
function splitName(name: string): [string, string] {
  const at = name.lastIndexOf(' ');
  return at > 0 ? [name.slice(0, at), name.slice(at + 1)] : [name, '.'];
}

/** CSV exports for spreadsheets and for a central LMS: RFC 4180, UTF-8 with BOM, formulas disarmed. */
export function exportCsv(ctx: Ctx, input: ParsedInput<'export-csv'>): { filename: string; content: string } {
  const group = input.groupId !== undefined ? getGroup(ctx, input.groupId) : null;
  const where = group ? 'WHERE l.group_id = @group' : '';
  const params = { group: group?.id ?? null };
  let rows: Cell[][];
  switch (input.kind) {
    case 'groups':
      rows = [
        ['Group', 'Description', 'Role', 'Join code', 'Members', 'Created'],
        ...(ctx.db
          .prepare(
            `SELECT g.name, g.description, g.role, c.display, (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS members, g.created_at
               FROM groups g JOIN join_codes c ON c.group_id = g.id ${group ? 'WHERE g.id = @group' : ''} ORDER BY g.name_key`,
          )
          .raw()
          .all(params) as Cell[][]),
      ];
      break;
    case 'learners':
      rows = [
        ['Name', 'Email', 'Group', 'Role', 'Joined via', 'Registered'],
        ...(ctx.db
          .prepare(
            `SELECT l.name, l.email, g.name, l.role, l.source, l.registered_at FROM learners l JOIN groups g ON g.id = l.group_id
             ${where} ORDER BY g.name_key, l.name COLLATE NOCASE`,
          )
          .raw()
          .all(params) as Cell[][]),
      ];
      break;
    case 'progress':
      rows = [
        ['Name', 'Email', 'Group', 'Course', 'Status', 'Completed'],
        ...(ctx.db
          .prepare(
            `SELECT l.name, l.email, g.name, c.title, coalesce(p.status, 'not-started'), p.completed_at
             FROM learners l JOIN groups g ON g.id = l.group_id JOIN group_courses gc ON gc.group_id = l.group_id
             JOIN courses c ON c.id = gc.course_id AND c.archived_at IS NULL
             LEFT JOIN progress p ON p.learner_id = l.id AND p.course_id = c.id
             ${where} ORDER BY g.name_key, l.name COLLATE NOCASE, c.title COLLATE NOCASE`,
          )
          .raw()
          .all(params) as Cell[][]),
      ];
      break;
    case 'moodle-users': {
      const learners = ctx.db
        .prepare(
          `SELECT l.name, l.email, g.name AS groupName FROM learners l JOIN groups g ON g.id = l.group_id ${where} ORDER BY l.email_key`,
        )
        .all(params) as { name: string; email: string; groupName: string }[];
      rows = [
        ['username', 'firstname', 'lastname', 'email', 'cohort1'],
        ...learners.map((l) => [l.email.toLowerCase(), ...splitName(l.name), l.email, l.groupName]),
      ];
      break;
    }
  }
  const day = nowIso(ctx).slice(0, 10);
  const scope = group ? `-${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}` : '';
  return { filename: `joindesk-${input.kind}${scope}-${day}.csv`, content: toCsv(rows) };
}
