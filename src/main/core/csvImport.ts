import Papa from 'papaparse';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import { unguardFormula } from '../../shared/csv';
import type { csvImportChannels } from '../../shared/domains/csvImport';
import { BULK_UPLOAD_MOVE } from '../../shared/domains/learners';
import { email as emailField, personName } from '../../shared/domains/fields';
import { emailKey } from '../../shared/email';
import { AppError } from '../../shared/result';
import { normalizeJoinCode } from '../../shared/joinCode';
import { nameKey } from '../../shared/names';
import type { Text, TextId } from '../../shared/text';
import { englishText, textOf } from '../../shared/text';
import type {
  ExistingChoice,
  ImportGroupLimit,
  ImportOutcome,
  ImportPreview,
  ImportReason,
  ImportRow,
  ImportRowError,
  ImportSummary,
  OverLimitChoice,
} from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import type { HandlerMap } from './handler';
import type { Host } from './host';
import { finishBatch, noteRow, noteSeats, startBatch, undoBatch } from './importBatches';
import { insertLearner, moveLearner } from './learners';

type Field = 'name' | 'first' | 'last' | 'email' | 'group' | 'code';

/**
 * Header names the import understands, compared with case, spaces and punctuation left out
 * (`E-mail`, `Email address`, `FIRST_NAME` all match). First and last name are joined into the name.
 */
const HEADERS: Record<string, Field> = {
  name: 'name',
  fullname: 'name',
  learnername: 'name',
  learner: 'name',
  displayname: 'name',
  firstname: 'first',
  first: 'first',
  givenname: 'first',
  forename: 'first',
  lastname: 'last',
  last: 'last',
  surname: 'last',
  familyname: 'last',
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  group: 'group',
  groupname: 'group',
  cohort: 'group',
  cohortname: 'group',
  joincode: 'code',
  code: 'code',
  groupcode: 'code',
};
const headerKey = (h: string): string =>
  h
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const MAX_LISTED = 1000;
const SAMPLE_ROWS = 20;
/** Problem rows show the name and email as typed, cut to this many characters. */
const TYPED_MAX = 200;

interface ValidRow extends ImportRow {
  groupId: number;
  role: string;
  cells: string[];
}

interface BadRow extends ImportRowError {
  cells: string[];
}

interface Analysis {
  total: number;
  columns: string[];
  rows: ValidRow[];
  errors: BadRow[];
}

const cut = (s: string) => s.slice(0, 40);
const quoted = (s: string) => `“${cut(s)}”`;

/** The columns a header lacks, as the select in `import.columnsMissing` names them. */
const MISSING_KEYS: Record<string, string> = {
  name: 'name',
  email: 'email',
  group: 'group',
  'name email': 'nameEmail',
  'name group': 'nameGroup',
  'email group': 'emailGroup',
  'name email group': 'all',
};

/**
 * A schema's message about a cell and its id (the schemas' words are in shared/text.ts). The message
 * is kept as the schema gave it; one in no catalogue is worded on screen as the row's general reason.
 */
function schemaReason(message: string | undefined, fallback: TextId): { text: Text; message?: string } {
  return { text: (message && textOf(message)) || { id: fallback }, ...(message ? { message } : {}) };
}

/** Reads the header row: where each field is, or a message naming what was found and what is expected. */
function readHeader(header: string[]): Partial<Record<Field, number>> {
  const at: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const field = HEADERS[headerKey(h)];
    if (!field) return;
    if (at[field] !== undefined) {
      const values = { first: cut(header[at[field]]!.trim()), second: cut(h.trim()) };
      throw new AppError('validation', { id: 'import.columnsSame', values }, { field: 'csv' });
    }
    at[field] = i;
  });
  const missing = [
    at.name === undefined && at.first === undefined && at.last === undefined ? 'name' : null,
    at.email === undefined ? 'email' : null,
    at.group === undefined && at.code === undefined ? 'group' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length) {
    const found = header.map((h) => h.trim()).filter(Boolean);
    // The columns as typed, quoted and listed as they are in the file: they are not words to translate.
    const columns = found.slice(0, 12).map(quoted).join(', ') + (found.length > 12 ? ', …' : '');
    const id = found.length ? 'import.columnsMissing' : 'import.columnsMissingEmpty';
    throw new AppError('validation', { id, values: { missing: MISSING_KEYS[missing.join(' ')]!, columns } }, { field: 'csv' });
  }
  return at;
}

/**
 * Parses the file (BOM, CRLF or LF, quoted commas, quotes and newlines) and checks every row against
 * the data. Row numbers are as a spreadsheet shows them: the header is row 1, blank rows count.
 */
export function analyseRoster(ctx: Ctx, csv: string): Analysis {
  const records = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const headerAt = records.findIndex((r) => !blank(r));
  if (headerAt < 0) throw new AppError('validation', { id: 'import.empty' }, { field: 'csv' });
  const columns = records[headerAt]!;
  const at = readHeader(columns);

  const groupsByName = new Map<string, { id: number; name: string; role: string }>();
  for (const g of ctx.db.prepare('SELECT id, name, name_key AS key, role FROM groups WHERE archived_at IS NULL').all() as {
    id: number;
    name: string;
    key: string;
    role: string;
  }[]) {
    groupsByName.set(g.key, g);
  }
  const groupByCode = ctx.db.prepare(
    'SELECT g.id, g.name, g.role FROM join_codes c JOIN groups g ON g.id = c.group_id WHERE c.key = ?',
  );
  const existingByEmail = ctx.db.prepare(
    'SELECT l.id, l.group_id AS groupId, g.name AS groupName FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.email_key = ?',
  );

  const rows: ValidRow[] = [];
  const errors: BadRow[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  for (let index = headerAt + 1; index < records.length; index++) {
    const cells = records[index]!;
    if (blank(cells)) continue;
    total++;
    const line = index + 1;
    const raw = (field: Field) => (at[field] === undefined ? '' : (cells[at[field]] ?? '').trim());
    // Files we exported guard formulas with a leading quote: take it off again.
    const typedName = raw('name') || [raw('first'), raw('last')].filter(Boolean).join(' ');
    const typedEmail = raw('email');
    const fail = (
      reasonText: Text,
      field?: ImportRowError['field'],
      reason: BadRow['reason'] = 'invalid',
      message = englishText(reasonText),
    ) => {
      errors.push({
        line,
        name: typedName.slice(0, TYPED_MAX),
        email: typedEmail.slice(0, TYPED_MAX),
        reason,
        message,
        reasonText,
        ...(field ? { field } : {}),
        cells,
      });
    };

    const nameText = raw('name')
      ? unguardFormula(raw('name'))
      : [raw('first'), raw('last')].map(unguardFormula).filter(Boolean).join(' ');
    if (!nameText) {
      fail({ id: 'import.row.nameEmpty' }, 'name');
      continue;
    }
    const name = personName.safeParse(nameText);
    if (!name.success) {
      const why = schemaReason(name.error.issues[0]?.message, 'import.row.nameUnusable');
      fail(why.text, 'name', 'invalid', why.message);
      continue;
    }
    if (!typedEmail) {
      fail({ id: 'import.row.emailEmpty' }, 'email');
      continue;
    }
    const email = emailField.safeParse(unguardFormula(typedEmail));
    if (!email.success) {
      const why = schemaReason(email.error.issues[0]?.message, 'import.row.emailUnusable');
      fail(why.text, 'email', 'invalid', why.message);
      continue;
    }

    let group: { id: number; name: string; role: string } | undefined;
    if (raw('group')) {
      group = groupsByName.get(nameKey(unguardFormula(raw('group'))));
      if (!group) {
        fail({ id: 'import.row.noGroupNamed', values: { group: cut(raw('group').slice(0, 80)) } }, 'group');
        continue;
      }
    } else {
      const code = normalizeJoinCode(unguardFormula(raw('code')));
      group = code.ok ? (groupByCode.get(code.key) as typeof group) : undefined;
      if (!group) {
        fail({ id: raw('code') ? 'import.row.noGroupWithCode' : 'import.row.groupEmpty' }, 'group');
        continue;
      }
    }

    const key = emailKey(email.data);
    const first = seen.get(key);
    if (first !== undefined) {
      fail({ id: 'import.row.duplicate', values: { line: first } }, 'email', 'duplicate');
      continue;
    }
    seen.set(key, line);

    const existing = existingByEmail.get(key) as { id: number; groupId: number; groupName: string } | undefined;
    rows.push({
      line,
      name: name.data,
      email: email.data,
      groupName: group.name,
      groupId: group.id,
      role: group.role,
      status: !existing ? 'new' : existing.groupId === group.id ? 'member' : 'existing',
      ...(existing ? { currentGroupName: existing.groupName } : {}),
      cells,
    });
  }
  return { total, columns, rows, errors };
}

/** A group's seats: its join code's maximum (null: none) and the seats taken. */
interface Seats {
  max: number | null;
  used: number;
}

function seatReader(ctx: Ctx): (groupId: number) => Seats {
  const read = ctx.db.prepare('SELECT max_uses AS max, used_count AS used FROM join_codes WHERE group_id = ?');
  return (groupId) => (read.get(groupId) as Seats | undefined) ?? { max: null, used: 0 };
}

const seatsLeft = (s: Seats): number => (s.max === null ? Infinity : Math.max(0, s.max - s.used));

/** Does this row put a learner in its group (so take a seat) under this choice? */
const takesSeat = (row: ValidRow, existing: ExistingChoice): boolean =>
  row.status === 'new' || (row.status === 'existing' && existing === 'move');

/** The groups this file would take past their maximum, with how many it would put in under each choice. */
function groupLimits(ctx: Ctx, rows: ValidRow[]): ImportGroupLimit[] {
  const seats = seatReader(ctx);
  const byGroup = new Map<number, ImportGroupLimit & Seats>();
  for (const row of rows) {
    if (row.status === 'member') continue;
    let g = byGroup.get(row.groupId);
    if (!g) {
      const s = seats(row.groupId);
      g = {
        ...s,
        groupId: row.groupId,
        groupName: row.groupName,
        maxUses: s.max ?? 0,
        usedCount: s.used,
        incoming: { skip: 0, move: 0 },
      };
      byGroup.set(row.groupId, g);
    }
    g.incoming.move++;
    if (row.status === 'new') g.incoming.skip++;
  }
  return [...byGroup.values()].filter((g) => g.incoming.move > seatsLeft(g)).map(({ max: _m, used: _u, ...limit }) => limit);
}

/** What the commit would write for a pair of choices, row by row in file order (the first rows get the seats). */
function plan(
  rows: ValidRow[],
  existing: ExistingChoice,
  overLimit: OverLimitChoice,
  seats: (g: number) => Seats,
): ImportOutcome {
  const outcome: ImportOutcome = { added: 0, moved: 0, registered: 0, full: 0 };
  const taken = new Map<number, number>();
  for (const row of rows) {
    if (!takesSeat(row, existing)) {
      outcome.registered++;
      continue;
    }
    const had = taken.get(row.groupId) ?? 0;
    if (overLimit === 'fit' && had >= seatsLeft(seats(row.groupId))) {
      outcome.full++;
      continue;
    }
    taken.set(row.groupId, had + 1);
    if (row.status === 'new') outcome.added++;
    else outcome.moved++;
  }
  return outcome;
}

const publicRow = ({ groupId: _g, role: _r, cells: _c, ...row }: ValidRow): ImportRow => row;
const publicError = ({ cells: _c, ...error }: BadRow): ImportRowError => error;

export function previewImport(ctx: Ctx, input: ParsedInput<'learners-import-preview'>): ImportPreview {
  const { total, columns, rows, errors } = analyseRoster(ctx, input.csv);
  const read = seatReader(ctx);
  const cache = new Map<number, Seats>();
  const seats = (g: number) => cache.get(g) ?? cache.set(g, read(g)).get(g)!;
  const outcomes = (existing: ExistingChoice) => ({
    fit: plan(rows, existing, 'fit', seats),
    raise: plan(rows, existing, 'raise', seats),
  });
  const invalid = errors.filter((e) => e.reason === 'invalid').length;
  return {
    total,
    columns,
    valid: rows.length,
    existing: rows.filter((r) => r.status === 'existing').length,
    members: rows.filter((r) => r.status === 'member').length,
    invalid,
    duplicates: errors.length - invalid,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_LISTED).map(publicError),
    registered: rows
      .filter((r) => r.status !== 'new')
      .slice(0, MAX_LISTED)
      .map(publicRow),
    sample: rows
      .filter((r) => r.status === 'new')
      .slice(0, SAMPLE_ROWS)
      .map(publicRow),
    limits: groupLimits(ctx, rows),
    outcomes: { skip: outcomes('skip'), move: outcomes('move') },
  };
}

/** How long one slice of an import may hold the write lock: a sign-up waits at most about this. */
const SLICE_MS = 5;

/** Names as `import.overLimit` lists them: all but the last joined with commas, and the last. */
const listValues = (items: string[]) => ({
  count: items.length,
  others: items.slice(0, -1).join(', '),
  last: items.at(-1) ?? '',
});

/**
 * Adds every valid row (rows with errors are left out and counted); learners already registered are
 * skipped or moved. Each learner put in a group takes one of its seats (the join code's used count),
 * as a sign-up does; past a group's maximum, rows are left out (`fit`) or the maximum is raised to fit
 * (`raise`). Written in slices of about 5 ms, each its own transaction, so a sign-up at the kiosk never
 * waits long for it; each row is checked again as it is written (a learner may have signed up
 * meanwhile, and taken a seat). All or nothing all the same: on any failure — or, after a kill, at the
 * next start — everything the import wrote, seats and maximums included, is taken back (see importBatches.ts).
 */
export function commitImport(
  ctx: Ctx,
  input: ParsedInput<'learners-import-commit'>,
  hooks: Pick<Host, 'onImportProgress' | 'betweenSlices'> = {},
): ImportSummary {
  const { rows, errors, columns } = analyseRoster(ctx, input.csv);
  if (input.overLimit === undefined) {
    const over = groupLimits(ctx, rows).filter((g) => g.incoming[input.existing] > Math.max(0, g.maxUses - g.usedCount));
    if (over.length) {
      const values = listValues(over.map((g) => g.groupName));
      throw new AppError('group-full', { id: 'import.overLimit', values }, { field: 'overLimit' });
    }
  }
  const overLimit = input.overLimit ?? 'fit';
  const invalid = errors.filter((e) => e.reason === 'invalid').length;
  const summary: ImportSummary = {
    added: 0,
    moved: 0,
    registered: 0,
    full: 0,
    invalid,
    duplicates: errors.length - invalid,
    raised: [],
    columns,
    rejected: errors.map((e) => ({
      line: e.line,
      name: e.name,
      email: e.email,
      cells: e.cells,
      reason: e.reason,
      message: e.message,
      reasonText: e.reasonText,
    })),
  };
  const reject = (row: ValidRow, reason: ImportReason, reasonText: Text) =>
    summary.rejected.push({
      line: row.line,
      name: row.name,
      email: row.email,
      cells: row.cells,
      reason,
      message: englishText(reasonText),
      reasonText,
    });
  const raised = new Map<number, ImportSummary['raised'][number]>();
  const groupNames = new Map(rows.map((r) => [r.groupId, r.groupName]));

  const batch = startBatch(ctx);
  const at = nowIso(ctx);
  const findByEmail = ctx.db.prepare(
    'SELECT l.id, l.group_id AS groupId, l.role, l.registered_at AS registeredAt, g.name AS groupName FROM learners l JOIN groups g ON g.id = l.group_id WHERE l.email_key = ?',
  );
  const readSeats = seatReader(ctx);
  let next = 0;
  const finish = () => {
    for (const r of raised.values()) recordAudit(ctx, 'join-code-settings-changed', { groupId: r.groupId });
    recordAudit(ctx, 'learners-imported');
    finishBatch(ctx, batch);
  };
  try {
    while (next < rows.length) {
      inTransaction(ctx, () => {
        const sliceStarted = performance.now();
        // Seats as this slice found them, and how many it took; written back at the end of the slice.
        const seats = new Map<number, Seats & { taken: number }>();
        /** Takes a seat in the group; when there is none left (and `fit`), gives the group's seats instead. */
        const takeSeat = (groupId: number): Seats | null => {
          let s = seats.get(groupId);
          if (!s) seats.set(groupId, (s = { ...readSeats(groupId), taken: 0 }));
          if (overLimit === 'fit' && s.max !== null && s.used + s.taken >= s.max) return s;
          s.taken++;
          return null;
        };
        const full = (row: ValidRow, s: Seats) =>
          reject(row, 'full', { id: 'import.row.full', values: { group: row.groupName, seats: s.max! } });
        do {
          const row = rows[next++]!;
          const current = findByEmail.get(emailKey(row.email)) as
            { id: number; groupId: number; role: string; registeredAt: string; groupName: string } | undefined;
          if (!current) {
            const isFull = takeSeat(row.groupId);
            if (isFull) {
              full(row, isFull);
              summary.full++;
              continue;
            }
            const id = insertLearner(
              ctx,
              { name: row.name, email: row.email, groupId: row.groupId, role: row.role, source: 'bulk', codeKey: null },
              at,
            );
            noteRow(ctx, batch, { id, registeredAt: at });
            summary.added++;
          } else if (current.groupId === row.groupId) {
            reject(row, 'member', { id: 'import.row.member', values: { group: current.groupName } });
            summary.registered++;
          } else if (input.existing === 'move') {
            const isFull = takeSeat(row.groupId);
            if (isFull) {
              full(row, isFull);
              summary.full++;
              continue;
            }
            noteRow(ctx, batch, current, current);
            moveLearner(ctx, current.id, row.groupId, BULK_UPLOAD_MOVE);
            summary.moved++;
          } else {
            reject(row, 'registered', { id: 'import.row.registered', values: { group: current.groupName } });
            summary.registered++;
          }
        } while (next < rows.length && (next % 50 !== 0 || performance.now() - sliceStarted < SLICE_MS));
        for (const [groupId, s] of seats) {
          if (s.taken === 0) continue;
          const raise = s.max !== null && s.used + s.taken > s.max ? s.max : null;
          noteSeats(ctx, batch, groupId, s.taken, raise);
          if (raise !== null) {
            const r = raised.get(groupId);
            raised.set(groupId, { groupId, groupName: groupNames.get(groupId)!, from: r?.from ?? raise, to: s.used + s.taken });
          }
        }
        if (next === rows.length) finish();
      });
      hooks.onImportProgress?.(next, rows.length);
      if (next < rows.length) hooks.betweenSlices?.();
    }
    if (rows.length === 0) inTransaction(ctx, finish);
  } catch (error) {
    undoBatch(ctx, batch);
    throw error;
  }
  summary.raised = [...raised.values()];
  summary.rejected.sort((a, b) => a.line - b.line);
  return summary;
}

/** Run here; the core sends preview and commit to a worker instead when its host has one. */
export const csvImportHandlers = (host: Host): HandlerMap<ChannelsOf<typeof csvImportChannels>> => ({
  'learners-import-preview': previewImport,
  'learners-import-commit': (ctx, input) => commitImport(ctx, input, host),
  'learners-import-progress': () => host.importProgress?.() ?? null,
});
