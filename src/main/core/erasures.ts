import { createHmac, randomBytes } from 'node:crypto';
import type { Ctx } from './env';
import { nowIso } from './env';

const KEY_NAME = 'erasure-ledger-key';

/** This installation's key for the ledger's hashes, made on first use (inside the caller's transaction). */
function ledgerKey(ctx: Ctx): Buffer {
  const found = ctx.db.prepare('SELECT value FROM local_secrets WHERE name = ?').pluck().get(KEY_NAME) as Buffer | undefined;
  if (found) return found;
  const key = Buffer.from(ctx.env.randomBytes?.(32) ?? randomBytes(32));
  ctx.db.prepare('INSERT INTO local_secrets (name, value) VALUES (?, ?)').run(KEY_NAME, key);
  return key;
}

const hashWith = (key: Buffer, emailKey: string): string => createHmac('sha256', key).update(emailKey).digest('hex');

/** The learner's rows (progress, terms and moves go with them by cascade) and every audit row naming them. */
function deleteWithTrail(ctx: Ctx, learnerId: number): void {
  ctx.db.prepare('DELETE FROM learners WHERE id = ?').run(learnerId);
  ctx.db.prepare('DELETE FROM audit WHERE learner_id = ?').run(learnerId);
}

/** Erases a learner; the ledger remembers them by a keyed hash of the email key only. */
export function eraseLearnerRows(ctx: Ctx, learner: { id: number; emailKey: string }): void {
  deleteWithTrail(ctx, learner.id);
  ctx.db
    .prepare(
      `INSERT INTO erasure_ledger (email_hash, erased_at) VALUES (?, ?)
       ON CONFLICT (email_hash) DO UPDATE SET erased_at = excluded.erased_at`,
    )
    .run(hashWith(ledgerKey(ctx), learner.emailKey), nowIso(ctx));
}

/**
 * Erases again everyone the ledger names who registered before their erasure (someone who came back
 * and signed up anew afterwards stays). Runs inside the restore's transaction; returns how many.
 */
export function reapplyErasures(ctx: Ctx): number {
  const ledger = new Map(
    (
      ctx.db.prepare('SELECT email_hash AS hash, erased_at AS at FROM erasure_ledger').all() as { hash: string; at: string }[]
    ).map((r) => [r.hash, r.at]),
  );
  if (ledger.size === 0) return 0;
  const key = ledgerKey(ctx);
  const learners = ctx.db.prepare('SELECT id, email_key AS emailKey, registered_at AS registeredAt FROM learners').all() as {
    id: number;
    emailKey: string;
    registeredAt: string;
  }[];
  let erased = 0;
  for (const learner of learners) {
    const erasedAt = ledger.get(hashWith(key, learner.emailKey));
    if (erasedAt === undefined || learner.registeredAt > erasedAt) continue;
    deleteWithTrail(ctx, learner.id);
    erased++;
  }
  return erased;
}
