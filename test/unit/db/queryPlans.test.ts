import type { Statement } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Channel, Input } from '../../../src/shared/contract';
import type { Ctx } from '../../../src/main/core/context';
import { SEARCH_COUNT_CAP } from '../../../src/main/core/roster';
import { indexLearner } from '../../../src/main/core/searchTerms';
import { LEARNER_SORTS } from '../../../src/shared/types';
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
  // Statements are shared and cached, and `.pluck()` / `.raw()` hand back one of their own: each
  // one reached is watched through a wrapper, never changed.
  const watch = (sql: string, stmt: Statement): Statement => {
    const methods: PropertyDescriptorMap = {};
    for (const method of ['get', 'all', 'run', 'iterate'] as const) {
      const original = stmt[method].bind(stmt) as (...args: unknown[]) => unknown;
      methods[method] = {
        value: (...args: unknown[]) => {
          seen.push({ sql, args });
          return original(...args);
        },
      };
    }
    for (const mode of ['pluck', 'raw', 'expand'] as const) {
      const original = stmt[mode].bind(stmt) as (...args: unknown[]) => Statement;
      methods[mode] = { value: (...args: unknown[]) => watch(sql, original(...args)) };
    }
    return Object.create(stmt, methods) as Statement;
  };
  t.db.prepare = ((sql: string) => watch(sql, prepare(sql) as Statement)) as typeof t.db.prepare;
  try {
    // `call`, not the wire: a sign-up over the wire waits for its shared commit (groupCommit.ts).
    t.core.call(channel, input, audience, { kioskId: 'plans' });
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

  it('the roster in every sort, both directions, with or without a group: first page, next page, jump — straight off an index', () => {
    const { t, g } = seeded();
    for (const sort of LEARNER_SORTS)
      for (const direction of ['asc', 'desc'] as const)
        for (const filter of [{}, { groupId: g.id }]) {
          const input = { sort, direction, limit: 5, ...filter };
          const first = t.must('learners-list', input);
          const pages = [
            planFor(plansOf(t, 'learners-list', input), 'ORDER BY'),
            planFor(plansOf(t, 'learners-list', { ...input, after: first.next!, count: false }), 'ORDER BY'),
            ...plansOf(t, 'learners-list', { ...input, offset: 12 }).map((p) => p.plan),
          ];
          const what = JSON.stringify(input);
          for (const plan of pages) {
            expect(plan, what).not.toMatch(/TEMP B-TREE/);
            expect(plan, what).not.toMatch(/SCAN (l|g)\b(?! USING)/);
          }
          // A later page seeks to its marker: a range on the index, not a walk from the start.
          expect(pages[1], what).toMatch(/SEARCH (l|g) USING (COVERING )?INDEX \w+ \((group_id=\? AND )?\w+[<>]\?/);
        }
  });

  it('a search with few matches reads them off the search index; one with many walks the sort index', () => {
    const { t, g } = seeded();
    const insert = t.db.prepare(
      "INSERT INTO learners (name, email, email_key, group_id, role, source, registered_at) VALUES (?, ?, ?, ?, 'learner', 'bulk', ?)",
    );
    t.db.transaction(() => {
      for (let i = 0; i <= SEARCH_COUNT_CAP; i++) {
        const email = `smith${i}@example.com`;
        const id = Number(insert.run(`Zed Smith ${i}`, email, email, g.id, '2026-01-01T00:00:00.000Z').lastInsertRowid);
        indexLearner({ db: t.db } as Ctx, id, `Zed Smith ${i}`, email);
      }
    })();
    for (const sort of LEARNER_SORTS) {
      const few = plansOf(t, 'learners-list', { search: 'person 1', sort, limit: 50 });
      // Read once off the search index (the count, too), then those rows alone, by their ids.
      expect(planFor(few, 'json_group_array(id)')).toMatch(/SCAN learner_search VIRTUAL TABLE INDEX \d+:M/);
      expect(planFor(few, 'json_group_array(id)')).not.toMatch(/SCAN l\b/);
      expect(planFor(few, 'ORDER BY')).toMatch(/^SCAN j VIRTUAL TABLE INDEX \d+:.* \| SEARCH l USING INTEGER PRIMARY KEY/);
      expect(planFor(few, 'ORDER BY')).not.toMatch(/SCAN (l|g)\b/);
      const many = plansOf(t, 'learners-list', { search: 'smith', sort, limit: 50 });
      for (const { sql, plan } of many.filter((p) => p.sql.includes('ORDER BY'))) {
        expect(plan, sql).not.toMatch(/TEMP B-TREE|SCAN (l|g)\b(?! USING)/);
      }
    }
  });

  it('the group list: in name order straight off the name index; member counts by the group index', () => {
    const { t } = seeded();
    const plan = planFor(plansOf(t, 'groups-list', { limit: 50 }), 'ORDER BY g.name_key');
    expect(plan).toMatch(/SCAN g USING INDEX sqlite_autoindex_groups_\d/);
    expect(plan).toMatch(/USING COVERING INDEX learners_group\w* \(group_id=\?\)/);
    expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
