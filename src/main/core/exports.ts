import { toCsv } from '../../shared/csv';
import type { ParsedInput } from '../../shared/contract';
import type { AuditEntry, NamedRecord } from '../../shared/domains/audit';
import { auditActionLabel, goneWord } from '../../shared/domains/audit';
import { wordsIn } from '../words';
import type { ExportWordId } from '../../shared/exportWords';
import { EXPORT_WORDS } from '../../shared/exportWords';
import type { LanguageTag } from '../../shared/languages';
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

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type HeaderId = ExportWordId extends infer Id ? (Id extends `header.${infer Name}` ? Name : never) : never;
const BUILT_IN_STATIONS = new Set(['desktop', 'phones', 'browser', 'script']);

/**
 * The words of one export in one language (shared/exportWords): headers, and codes as words. A code
 * no catalogue knows (a value added later) reads as itself, capitalised, as it always did in English.
 */
function exportWordsIn(tag: LanguageTag) {
  const words = EXPORT_WORDS[tag];
  const known = (id: string): id is ExportWordId => id in words;
  const { say } = wordsIn(EXPORT_WORDS, tag);
  const word = (prefix: string, code: string) => {
    const id = `${prefix}.${code}`;
    return known(id) ? words[id] : capital(code);
  };
  // Fields as the language lists them: "email, name", "email und name", "email、name".
  const list = new Intl.ListFormat(tag, { type: 'conjunction', style: 'narrow' });
  return {
    header: (...ids: HeaderId[]) => ids.map((id) => say(`header.${id}`)),
    word,
    action(action: string): string {
      const [base = action, fields] = action.split(':');
      const id = `action.${base}`;
      if (!known(id)) return auditActionLabel(action);
      if (!fields) return words[id];
      const named = fields.split(',').map((field) => {
        const fieldId = `field.${field}`;
        return known(fieldId) ? words[fieldId] : field;
      });
      return say('action.withFields', { action: words[id], fields: list.format(named) });
    },
    /** The name an entry gives a record, or what became of it. */
    name(entry: AuditEntry, record: NamedRecord, value: string | null): string | null {
      const gone = goneWord(entry, record);
      return gone ? say(`gone.${gone}`) : value;
    },
    station(attempt: NonNullable<AuditEntry['attempt']>): string {
      const builtIn = `station.${attempt.station}`;
      if (BUILT_IN_STATIONS.has(attempt.station) && known(builtIn)) return words[builtIn];
      if (attempt.paired) return attempt.stationName;
      const removed = /^station-(\d+)$/.exec(attempt.station);
      return removed ? say('station.removed', { n: removed[1]! }) : say('station.other');
    },
  };
}
type Words = ReturnType<typeof exportWordsIn>;

function groupsRows(ctx: Ctx, groupId: number | null, w: Words): Cell[][] {
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
    w.header(
      'group',
      'description',
      'role',
      'joinCode',
      'state',
      'placesUsed',
      'places',
      'members',
      'opens',
      'closes',
      'cohortStart',
      'created',
    ),
    ...rows.map((g) => [
      g.name,
      g.description,
      w.word('role', g.role),
      g.display,
      w.word('state', g.state),
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

function auditRows(ctx: Ctx, input: ParsedInput<'export-csv'>, w: Words): Cell[][] {
  const entries = readAudit(ctx, input, null);
  return [
    w.header('when', 'who', 'action', 'group', 'fromGroup', 'learner', 'course', 'failedSignUp', 'attempts', 'kiosk'),
    ...entries.map((e) => [
      spreadsheetTime(e.at),
      w.word('actor', e.actor),
      w.action(e.action),
      w.name(e, 'group', e.groupName),
      w.name(e, 'fromGroup', e.fromGroupName),
      w.name(e, 'learner', e.learnerName),
      w.name(e, 'course', e.courseTitle),
      e.attempt ? w.word('attempt', e.attempt.kind) : null,
      e.attempt ? e.attempt.count : null,
      e.attempt ? w.station(e.attempt) : null,
    ]),
  ];
}

/**
 * CSV exports for spreadsheets and for a central LMS: RFC 4180, UTF-8 with BOM, formulas disarmed.
 * Headers and words in `input.language`; dates stay `YYYY-MM-DD HH:MM` and counts numbers in every
 * language, so a spreadsheet reads them as data whatever its own language.
 */
export function exportCsv(ctx: Ctx, input: ParsedInput<'export-csv'>): { filename: string; content: string } {
  const w = exportWordsIn(input.language);
  const group = input.groupId !== undefined ? getGroup(ctx, input.groupId) : null;
  const where = group ? 'WHERE l.group_id = @group' : '';
  const params = { group: group?.id ?? null };
  let rows: Cell[][];
  switch (input.kind) {
    case 'groups':
      rows = groupsRows(ctx, group?.id ?? null, w);
      break;
    case 'learners': {
      const learners = ctx.db
        .prepare(
          `SELECT l.name, l.email, g.name AS groupName, l.role, l.source, l.registered_at AS registeredAt
           FROM learners l JOIN groups g ON g.id = l.group_id ${where} ORDER BY g.name_key, l.name COLLATE NOCASE`,
        )
        .all(params) as { name: string; email: string; groupName: string; role: string; source: string; registeredAt: string }[];
      rows = [
        w.header('name', 'email', 'group', 'role', 'joinedVia', 'registered'),
        ...learners.map((l) => [
          l.name,
          l.email,
          l.groupName,
          w.word('role', l.role),
          w.word('source', l.source),
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
        w.header('name', 'email', 'group', 'course', 'status', 'completed'),
        ...entries.map((p) => [
          p.name,
          p.email,
          p.groupName,
          p.title,
          w.word('status', p.status),
          spreadsheetTime(p.completedAt),
        ]),
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
        // Moodle's "Upload users" requires these column names as they are: never translated.
        ['username', 'firstname', 'lastname', 'email', 'cohort1'],
        ...learners.map((l) => {
          const { first, last } = splitName(l.name);
          return [l.email.toLowerCase(), first, last, l.email, l.groupName];
        }),
      ];
      break;
    }
    case 'audit':
      rows = auditRows(ctx, input, w);
      break;
  }
  const day = spreadsheetTime(nowIso(ctx)).slice(0, 10);
  const scope = group ? `-${group.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}` : '';
  return { filename: `joindesk-${input.kind}${scope}-${day}.csv`, content: toCsv(rows) };
}
