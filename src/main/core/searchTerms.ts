import type { Ctx } from './env';

/**
 * Words a learner can be found by: each word of the name, the email, its local part's pieces and
 * its domain — lower-cased. Kept in `learner_terms` so a search is an index range scan, not a full
 * table scan, at a million learners.
 */
export function searchTerms(name: string, email: string): string[] {
  const lower = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en');
  const words = (s: string) =>
    lower(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const [local = '', domain = ''] = lower(email).split('@');
  return [...new Set([...words(name), lower(email), ...words(local), domain].filter(Boolean))];
}

/** The words of a search, normalized like the terms. */
export const queryWords = (query: string): string[] =>
  query
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}@.]+/u)
    .filter(Boolean)
    .slice(0, 5);

export function indexLearner(ctx: Ctx, learnerId: number, name: string, email: string): void {
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO learner_terms (term, learner_id) VALUES (?, ?)');
  for (const term of searchTerms(name, email)) insert.run(term, learnerId);
}

/** SQL and parameters that keep learners matching every word of the search by prefix. */
export function searchClause(query: string): { sql: string; params: string[] } | null {
  const words = queryWords(query);
  if (!words.length) return null;
  return {
    sql: words.map(() => 'l.id IN (SELECT learner_id FROM learner_terms WHERE term >= ? AND term < ?)').join(' AND '),
    params: words.flatMap((w) => [w, `${w}\uffff`]),
  };
}
