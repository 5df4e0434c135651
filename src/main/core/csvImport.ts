import Papa from 'papaparse';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import { unguardFormula } from '../../shared/csv';
import type { csvImportChannels } from '../../shared/domains/csvImport';
import { learnerSchemas } from '../../shared/domains/learners';
import { emailKey } from '../../shared/email';
import { AppError } from '../../shared/result';
import { normalizeJoinCode } from '../../shared/joinCode';
import { nameKey } from '../../shared/names';
import type { ImportPreview, ImportRow, ImportRowError, ImportSummary } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';
import type { HandlerMap } from './handler';
import type { Host } from './host';
import { finishBatch, noteRow, startBatch, undoBatch } from './importBatches';
import { insertLearner, moveLearner } from './learners';

/** Header names the import understands: name and email, and the group by name or by join code. */
const HEADERS: Record<string, 'name' | 'email' | 'group' | 'code'> = {
  name: 'name',
  'full name': 'name',
  fullname: 'name',
  email: 'email',
  'email address': 'email',
  group: 'group',
  'group name': 'group',
  'join code': 'code',
  join_code: 'code',
  joincode: 'code',
  code: 'code',
};
const MAX_ERRORS_LISTED = 1000;
const SAMPLE_ROWS = 20;

interface ValidRow extends ImportRow {
  groupId: number;
  role: string;
  learnerId?: number;
  currentGroupId?: number;
}

interface Analysis {
  total: number;
  rows: ValidRow[];
  errors: ImportRowError[];
}

/** Parses the file (BOM, CRLF or LF, quoted commas, quotes and newlines) and checks every row against the data. */
export function analyseRoster(ctx: Ctx, csv: string): Analysis {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header) throw new AppError('validation', 'The file is empty.', { field: 'csv' });
  const columns = header.map((h) => HEADERS[h.trim().toLowerCase()]);
  const at = (field: 'name' | 'email' | 'group' | 'code') => columns.indexOf(field);
  if (at('name') < 0 || at('email') < 0 || (at('group') < 0 && at('code') < 0)) {
    throw new AppError('validation', 'The first row must name the columns: name, email, and group (or join code).', {
      field: 'csv',
    });
  }

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
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  // Papa's row numbers do not count the header or quoted newlines; lines are 1-based data rows + header.
  data.forEach((cells, index) => {
    const line = index + 2;
    // Files we exported guard formulas with a leading quote: take it off again.
    const cell = (field: 'name' | 'email' | 'group' | 'code') => unguardFormula(at(field) >= 0 ? (cells[at(field)] ?? '') : '');
    const fail = (message: string, field?: ImportRowError['field']) =>
      errors.push({ line, message, ...(field ? { field } : {}) });

    const name = learnerSchemas.learnersAdd.shape.name.safeParse(cell('name'));
    if (!name.success) return fail(name.error.issues[0]?.message ?? 'Bad name.', 'name');
    const email = learnerSchemas.learnersAdd.shape.email.safeParse(cell('email'));
    if (!email.success) return fail(email.error.issues[0]?.message ?? 'Bad email.', 'email');

    let group: { id: number; name: string; role: string } | undefined;
    if (cell('group').trim()) {
      group = groupsByName.get(nameKey(cell('group')));
      if (!group) return fail(`There is no group named “${cell('group').trim().slice(0, 80)}”.`, 'group');
    } else {
      const code = normalizeJoinCode(cell('code'));
      group = code.ok ? (groupByCode.get(code.key) as typeof group) : undefined;
      if (!group)
        return fail(cell('code').trim() ? 'No group has that join code.' : 'Give the group, by name or join code.', 'group');
    }

    const key = emailKey(email.data);
    const first = seen.get(key);
    if (first !== undefined) return fail(`This email is already on line ${first} of the file.`, 'email');
    seen.set(key, line);

    const existing = existingByEmail.get(key) as { id: number; groupId: number; groupName: string } | undefined;
    rows.push({
      line,
      name: name.data,
      email: email.data,
      groupName: group.name,
      groupId: group.id,
      role: group.role,
      status: existing ? 'existing' : 'new',
      ...(existing ? { learnerId: existing.id, currentGroupId: existing.groupId, currentGroupName: existing.groupName } : {}),
    });
  });
  return { total: data.length, rows, errors };
}

export function previewImport(ctx: Ctx, input: ParsedInput<'learners-import-preview'>): ImportPreview {
  const { total, rows, errors } = analyseRoster(ctx, input.csv);
  return {
    total,
    valid: rows.length,
    existing: rows.filter((r) => r.status === 'existing').length,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_ERRORS_LISTED),
    sample: rows.slice(0, SAMPLE_ROWS).map(({ groupId: _g, role: _r, learnerId: _l, currentGroupId: _c, ...row }) => row),
  };
}

/** How long one slice of an import may hold the write lock: a sign-up waits at most about this. */
const SLICE_MS = 5;

/**
 * Adds every valid row (rows with errors are left out and counted); learners already registered are
 * skipped or moved. Written in slices of about 5 ms, each its own transaction, so a sign-up at the
 * kiosk never waits long for it; each row is checked again as it is written (a learner may have
 * signed up meanwhile). All or nothing all the same: on any failure — or, after a kill, at the next
 * start — everything the import wrote is taken back (see importBatches.ts).
 */
export function commitImport(
  ctx: Ctx,
  input: ParsedInput<'learners-import-commit'>,
  hooks: Pick<Host, 'onImportProgress' | 'betweenSlices'> = {},
): ImportSummary {
  const { rows, errors } = analyseRoster(ctx, input.csv);
  const summary: ImportSummary = { added: 0, moved: 0, skipped: 0, invalid: errors.length };
  const batch = startBatch(ctx);
  const at = nowIso(ctx);
  const findByEmail = ctx.db.prepare(
    'SELECT id, group_id AS groupId, role, registered_at AS registeredAt FROM learners WHERE email_key = ?',
  );
  let next = 0;
  try {
    while (next < rows.length) {
      inTransaction(ctx, () => {
        const sliceStarted = performance.now();
        do {
          const row = rows[next++]!;
          const current = findByEmail.get(emailKey(row.email)) as
            { id: number; groupId: number; role: string; registeredAt: string } | undefined;
          if (!current) {
            const id = insertLearner(
              ctx,
              { name: row.name, email: row.email, groupId: row.groupId, role: row.role, source: 'bulk', codeKey: null },
              at,
            );
            noteRow(ctx, batch, { id, registeredAt: at });
            summary.added++;
          } else if (input.existing === 'move' && current.groupId !== row.groupId) {
            noteRow(ctx, batch, current, current);
            moveLearner(ctx, current.id, row.groupId, 'Bulk upload');
            summary.moved++;
          } else summary.skipped++;
        } while (next < rows.length && (next % 50 !== 0 || performance.now() - sliceStarted < SLICE_MS));
        if (next === rows.length) {
          recordAudit(ctx, 'learners-imported');
          finishBatch(ctx, batch);
        }
      });
      hooks.onImportProgress?.(next, rows.length);
      if (next < rows.length) hooks.betweenSlices?.();
    }
    if (rows.length === 0)
      inTransaction(ctx, () => {
        recordAudit(ctx, 'learners-imported');
        finishBatch(ctx, batch);
      });
    return summary;
  } catch (error) {
    undoBatch(ctx, batch);
    throw error;
  }
}

/** Run here; the core sends preview and commit to a worker instead when its host has one. */
export const csvImportHandlers = (host: Host): HandlerMap<ChannelsOf<typeof csvImportChannels>> => ({
  'learners-import-preview': previewImport,
  'learners-import-commit': (ctx, input) => commitImport(ctx, input, host),
  'learners-import-progress': () => host.importProgress?.() ?? null,
});
