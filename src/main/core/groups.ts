import { AppError } from '../../shared/result';
import { nameKey } from '../../shared/names';
import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { groupChannels } from '../../shared/domains/groups';
import type { Group, Page } from '../../shared/types';
import { recordAudit } from './audit';
import { CODE_STATE_SQL, issueFirstCode } from './codeRecords';
import type { Ctx } from './context';
import type { HandlerMap } from './handler';
import { inTransaction, nowIso } from './context';

/** `%text%` for LIKE with its wildcards escaped, so a search for `50%` means those characters. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const GROUP_COLUMNS = `
  g.id, g.name, g.description, g.role, g.created_at AS createdAt,
  c.display AS joinCode, c.generated AS joinCodeGenerated, c.set_at AS codeChangedAt,
  c.enabled AS codeEnabled, c.valid_from AS validFrom, c.valid_until AS validUntil,
  c.max_uses AS maxUses, c.used_count AS usedCount, ${CODE_STATE_SQL} AS codeState,
  (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS memberCount`;

const FROM = 'FROM groups g JOIN join_codes c ON c.group_id = g.id';

type GroupRow = Omit<Group, 'joinCodeGenerated' | 'codeEnabled'> & { joinCodeGenerated: number; codeEnabled: number };

const toGroup = (row: GroupRow): Group => ({
  ...row,
  joinCodeGenerated: row.joinCodeGenerated === 1,
  codeEnabled: row.codeEnabled === 1,
});

export function getGroup(ctx: Ctx, id: number): Group {
  const row = ctx.db.prepare(`SELECT ${GROUP_COLUMNS} ${FROM} WHERE g.id = @id`).get({ id, now: nowIso(ctx) }) as
    GroupRow | undefined;
  if (!row) throw new AppError('not-found', { id: 'group.notFound' }, { field: 'id' });
  return toGroup(row);
}

export function listGroups(ctx: Ctx, input: ParsedInput<'groups-list'>): Page<Group> {
  const clauses: string[] = [];
  const params: Record<string, string | number> = { now: nowIso(ctx), limit: input.limit ?? 50, offset: input.offset ?? 0 };
  if (input.search?.trim()) {
    clauses.push(`g.name_key LIKE @search ESCAPE '\\'`);
    params.search = likePattern(nameKey(input.search));
  }
  if (input.codeState) {
    clauses.push(`${CODE_STATE_SQL} = @state`);
    params.state = input.codeState;
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = (ctx.db.prepare(`SELECT count(*) AS n ${FROM} ${where}`).get(params) as { n: number }).n;
  const rows = ctx.db
    .prepare(`SELECT ${GROUP_COLUMNS} ${FROM} ${where} ORDER BY g.name_key LIMIT @limit OFFSET @offset`)
    .all(params) as GroupRow[];
  return { items: rows.map(toGroup), total };
}

function assertNameFree(ctx: Ctx, name: string, exceptId?: number): string {
  const key = nameKey(name);
  const clash = ctx.db.prepare('SELECT id FROM groups WHERE name_key = ?').get(key) as { id: number } | undefined;
  if (clash && clash.id !== exceptId) {
    throw new AppError('conflict', { id: 'group.nameTaken' }, { field: 'name' });
  }
  return key;
}

function insertGroup(ctx: Ctx, input: ParsedInput<'groups-create'>): number {
  const key = assertNameFree(ctx, input.name);
  const at = nowIso(ctx);
  const { lastInsertRowid } = ctx.db
    .prepare('INSERT INTO groups (name, name_key, description, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(input.name, key, input.description ?? '', input.role ?? 'learner', at, at);
  return Number(lastInsertRowid);
}

export function createGroup(ctx: Ctx, input: ParsedInput<'groups-create'>): Group {
  return inTransaction(ctx, () => {
    const id = insertGroup(ctx, input);
    recordAudit(ctx, 'group-created', { groupId: id });
    issueFirstCode(ctx, id);
    return getGroup(ctx, id);
  });
}

/** A new group like an existing one — description, role and courses — with a fresh code of its own. */
export function cloneGroup(ctx: Ctx, input: ParsedInput<'groups-clone'>): Group {
  return inTransaction(ctx, () => {
    const source = getGroup(ctx, input.id);
    const id = insertGroup(ctx, { name: input.name, description: source.description, role: source.role });
    ctx.db
      .prepare('INSERT INTO group_courses (group_id, course_id) SELECT ?, course_id FROM group_courses WHERE group_id = ?')
      .run(id, source.id);
    recordAudit(ctx, 'group-cloned', { groupId: id });
    issueFirstCode(ctx, id);
    return getGroup(ctx, id);
  });
}

export function updateGroup(ctx: Ctx, input: ParsedInput<'groups-update'>): Group {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.id);
    const name = input.name ?? group.name;
    const key = assertNameFree(ctx, name, group.id);
    ctx.db
      .prepare('UPDATE groups SET name = ?, name_key = ?, description = ?, role = ?, updated_at = ? WHERE id = ?')
      .run(name, key, input.description ?? group.description, input.role ?? group.role, nowIso(ctx), group.id);
    recordAudit(ctx, 'group-updated', { groupId: group.id });
    return getGroup(ctx, group.id);
  });
}

export const groupHandlers: HandlerMap<ChannelsOf<typeof groupChannels>> = {
  'groups-create': createGroup,
  'groups-list': listGroups,
  'groups-get': (ctx, { id }) => getGroup(ctx, id),
  'groups-update': updateGroup,
  'groups-clone': cloneGroup,
};
