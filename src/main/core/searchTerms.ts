import type { Ctx } from './context';

const lower = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en');
const words = (s: string) =>
  lower(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Words a learner can be found by: each word of the name, the email's local part whole and in
 * pieces, and its domain whole and in pieces — lower-cased. Kept in `learner_terms`, so a search is
 * an index range scan, not a full table scan, at a million learners. Migration 0030 indexed the
 * learners of older files with a frozen copy of this rule: changing it needs a migration that re-indexes.
 */
export function searchTerms(name: string, email: string): string[] {
  const [local = '', domain = ''] = lower(email).split('@');
  return [...new Set([...words(name), local, ...words(local), domain, ...words(domain)].filter(Boolean))];
}

/** The words of a search, normalized like the terms; the longest first, as it narrows most. */
export const queryWords = (query: string): string[] => [...new Set(words(query))].sort((a, b) => b.length - a.length).slice(0, 5);

export function indexLearner(ctx: Ctx, learnerId: number, name: string, email: string): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO learner_terms (term, learner_id) VALUES (?, ?)');
  for (const term of searchTerms(name, email)) insert.run(term, learnerId);
}

/** Learners whose terms start with every search word: the first word drives, the rest filter. */
export function searchPlan(query: string): { driver: [string, string]; filters: string[]; params: string[] } | null {
  const [first, ...rest] = queryWords(query);
  if (!first) return null;
  const range = (w: string): [string, string] => [w, `${w}\uffff`];
  return {
    driver: range(first),
    filters: rest.map(
      () => 'EXISTS (SELECT 1 FROM learner_terms t2 WHERE t2.learner_id = l.id AND t2.term >= ? AND t2.term < ?)',
    ),
    params: rest.flatMap(range),
  };
}
