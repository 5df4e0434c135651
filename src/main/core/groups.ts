import { codeStateAt } from '../../shared/codeState';
import { AppError } from '../../shared/errors';
import { nameKey } from '../../shared/names';
import type { Group, Page } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction, nowIso } from './env';
import { issueFirstCode } from './joinCodes';
import { likePattern } from './sql';

const GROUP_COLUMNS = `
  g.id, g.name, g.description, g.role, g.created_at AS createdAt,
  c.display AS joinCode, c.generated AS joinCodeGenerated, c.set_at AS codeChangedAt,
  c.enabled AS codeEnabled, c.valid_from AS validFrom, c.valid_until AS validUntil,
  c.max_uses AS maxUses, c.used_count AS usedCount,
  (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS memberCount`;

type GroupRow = Omit<Group, 'joinCodeGenerated' | 'codeEnabled' | 'codeState'> & {
  joinCodeGenerated: number;
  codeEnabled: number;
};

function toGroup(ctx: Ctx, row: GroupRow): Group {
  const codeEnabled = row.codeEnabled === 1;
  return {
    ...row,
    joinCodeGenerated: row.joinCodeGenerated === 1,
    codeEnabled,
    codeState: codeStateAt({ ...row, enabled: codeEnabled }, nowIso(ctx)),
  };
}

export function getGroup(ctx: Ctx, id: number): Group {
  const row = ctx.db
    .prepare(`SELECT ${GROUP_COLUMNS} FROM groups g JOIN join_codes c ON c.group_id = g.id WHERE g.id = ?`)
    .get(id) as GroupRow | undefined;
  if (!row) throw new AppError('not-found', 'That group does not exist.', { field: 'id' });
  return toGroup(ctx, row);
}

export function listGroups(ctx: Ctx, input: { search?: string; limit?: number; offset?: number }): Page<Group> {
  const search = input.search?.trim() ? likePattern(nameKey(input.search)) : null;
  const where = search ? `WHERE g.name_key LIKE ? ESCAPE '\\'` : '';
  const params = search ? [search] : [];
  const total = (ctx.db.prepare(`SELECT count(*) AS n FROM groups g ${where}`).get(...params) as { n: number }).n;
  const rows = ctx.db
    .prepare(
      `SELECT ${GROUP_COLUMNS} FROM groups g JOIN join_codes c ON c.group_id = g.id ${where}
       ORDER BY g.name_key LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit ?? 50, input.offset ?? 0) as GroupRow[];
  return { items: rows.map((r) => toGroup(ctx, r)), total };
}

function assertNameFree(ctx: Ctx, name: string, exceptId?: number): string {
  const key = nameKey(name);
  const clash = ctx.db.prepare('SELECT id FROM groups WHERE name_key = ?').get(key) as { id: number } | undefined;
  if (clash && clash.id !== exceptId) {
    throw new AppError('conflict', 'A group with this name already exists.', { field: 'name' });
  }
  return key;
}

export function createGroup(ctx: Ctx, input: { name: string; description?: string }): Group {
  return inTransaction(ctx, () => {
    const key = assertNameFree(ctx, input.name);
    const at = nowIso(ctx);
    const { lastInsertRowid } = ctx.db
      .prepare('INSERT INTO groups (name, name_key, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.name, key, input.description ?? '', at, at);
    const id = Number(lastInsertRowid);
    recordAudit(ctx, 'group-created', { groupId: id });
    issueFirstCode(ctx, id);
    return getGroup(ctx, id);
  });
}

export function updateGroup(ctx: Ctx, input: { id: number; name?: string; description?: string }): Group {
  return inTransaction(ctx, () => {
    const group = getGroup(ctx, input.id);
    const name = input.name ?? group.name;
    const key = assertNameFree(ctx, name, group.id);
    ctx.db
      .prepare('UPDATE groups SET name = ?, name_key = ?, description = ?, updated_at = ? WHERE id = ?')
      .run(name, key, input.description ?? group.description, nowIso(ctx), group.id);
    recordAudit(ctx, 'group-updated', { groupId: group.id });
    return getGroup(ctx, group.id);
  });
}
