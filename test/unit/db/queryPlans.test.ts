import type { Statement } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../src/shared/contract';
import { makeCore } from '../helpers';

/** Runs a channel and returns the query plan of every statement it executed. */
function plansOf<C extends Channel>(
  t: ReturnType<typeof makeCore>,
  channel: C,
  input: Input<C>,
  audience: 'admin' | 'kiosk' = 'admin',
) {
  const seen: { sql: string; args: unknown[] }[] = [];
  const prepare = t.db.prepare.bind(t.db);
  t.db.prepare = ((sql: string) => {
    const stmt = prepare(sql) as Statement;
    for (const method of ['get', 'all', 'run', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        seen.push({ sql, args });
        return original(...args);
      };
    }
    return stmt;
  }) as typeof t.db.prepare;
  try {
    t.core.invoke(channel, input, audience, { kioskId: 'plans' });
  } finally {
    t.db.prepare = prepare;
  }
  return seen
    .filter(({ sql }) => /^\s*SELECT/i.test(sql))
    .map(({ sql, args }) => ({
      sql: sql.replace(/\s+/g, ' ').trim(),
      plan: (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join(' | '),
    }));
}

function seeded() {
  const t = makeCore();
  const g = t.must('groups-create', { name: 'Ops' });
  for (let i = 0; i < 20; i++) t.must('kiosk-register', { name: `Person ${i}`, email: `p${i}@example.com`, code: g.joinCode });
  return { t, g };
}

const planFor = (plans: { sql: string; plan: string }[], fragment: string) => {
  const found = plans.find((p) => p.sql.includes(fragment));
  if (!found) throw new Error(`no statement containing ${fragment}:\n${plans.map((p) => p.sql).join('\n')}`);
  return found.plan;
};

describe('hot queries use their indexes', () => {
  it('kiosk registration: the code by its key, the email by its key', () => {
    const { t, g } = seeded();
    const plans = plansOf(t, 'kiosk-register', { name: 'New', email: 'new@example.com', code: g.joinCode }, 'kiosk');
    expect(planFor(plans, 'WHERE c.key = @key')).toMatch(/SEARCH c USING INDEX sqlite_autoindex_join_codes_\d \(key=\?\)/);
    expect(planFor(plans, 'FROM learners WHERE email_key')).toMatch(
      /USING (COVERING )?INDEX (sqlite_autoindex_learners_\d|learners_email) \(email_key=\?\)/,
    );
    expect(plans.map((p) => p.plan).join('\n')).not.toMatch(/SCAN (l|learners|c|join_codes)\b/);
  });

  it('a group’s members: by group, newest first, without sorting', () => {
    const { t, g } = seeded();
    const plans = plansOf(t, 'learners-list', { groupId: g.id, limit: 50 });
    const page = planFor(plans, 'ORDER BY');
    expect(page).toMatch(/SEARCH l USING INDEX learners_group \(group_id=\?\)/);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('the whole roster newest first: the registration index, no sort', () => {
    const { t } = seeded();
    const page = planFor(plansOf(t, 'learners-list', { limit: 50 }), 'ORDER BY');
    expect(page).toMatch(/SCAN l USING INDEX learners_registered/);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('learner search: a range on the term index, other words by the learner index, no sort', () => {
    const { t } = seeded();
    const plans = plansOf(t, 'learners-list', { search: 'person 1', limit: 50 });
    const page = planFor(plans, 'ORDER BY t.term');
    expect(page).toMatch(/SEARCH t USING PRIMARY KEY \(term>\? AND term<\?\)/);
    expect(page).toMatch(/SEARCH t2 USING COVERING INDEX learner_terms_learner \(learner_id=\? AND term>\? AND term<\?\)/);
    expect(page).not.toMatch(/TEMP B-TREE FOR ORDER BY|SCAN/);
  });

  it('the group list: in name order straight off the name index; member counts by the group index', () => {
    const { t } = seeded();
    const plan = planFor(plansOf(t, 'groups-list', { limit: 50 }), 'ORDER BY g.name_key');
    expect(plan).toMatch(/SCAN g USING INDEX sqlite_autoindex_groups_\d/);
    expect(plan).toMatch(/USING COVERING INDEX learners_group \(group_id=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
