import { emailKey, maskEmail } from '../../shared/email';
import { AppError, KIOSK_MESSAGES } from '../../shared/errors';
import { normalizeJoinCode } from '../../shared/joinCode';
import type { CodeState, Registration } from '../../shared/types';
import { CODE_STATE_SQL } from './codeState';
import { insertLearner } from './learners';
import type { ThrottleScope } from './throttle';
import { assertNotThrottled, throttleScopes, withThrottle } from './throttle';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction, nowIso } from './env';

interface LiveCode {
  groupId: number;
  groupName: string;
  role: string;
  key: string;
  state: CodeState;
  validFrom: string | null;
  validUntil: string | null;
}

const formatWhen = (iso: string | null): string =>
  new Date(iso ?? 0).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** Throws the kiosk error that stops this code from being used now, if any. */
function assertCodeOpen(code: LiveCode): void {
  const field = 'code';
  switch (code.state) {
    case 'active':
      return;
    case 'paused':
      throw new AppError('code-disabled', KIOSK_MESSAGES['code-disabled'], { field });
    case 'scheduled':
      throw new AppError('code-not-yet-valid', `Sign-up with this code opens on ${formatWhen(code.validFrom)}.`, { field });
    case 'expired':
      throw new AppError('code-expired', `Sign-up with this code closed on ${formatWhen(code.validUntil)}.`, { field });
    case 'full':
      throw new AppError('group-full', KIOSK_MESSAGES['group-full'], { field });
  }
}

function findLiveCode(ctx: Ctx, key: string, now: string): LiveCode {
  const code = ctx.db
    .prepare(
      `SELECT c.group_id AS groupId, g.name AS groupName, g.role, c.key, ${CODE_STATE_SQL} AS state,
              c.valid_from AS validFrom, c.valid_until AS validUntil
       FROM join_codes c JOIN groups g ON g.id = c.group_id WHERE c.key = @key`,
    )
    .get({ key, now }) as LiveCode | undefined;
  if (code) return code;
  const retired = ctx.db.prepare('SELECT 1 FROM retired_codes WHERE key = ?').get(key);
  if (retired) throw new AppError('code-retired', KIOSK_MESSAGES['code-retired'], { field: 'code' });
  throw new AppError('code-unknown', KIOSK_MESSAGES['code-unknown'], { field: 'code' });
}

/** Answers that would let anyone probe codes and emails: they count towards the throttle (DESIGN §4). */
const COUNTED: ReadonlySet<string> = new Set(['code-unknown', 'code-retired', 'email-registered']);

/** A learner signs up with a join code: one transaction from lookup to audit (DESIGN §4), throttled per kiosk. */
export function registerAtKiosk(ctx: Ctx, input: { name: string; email: string; code: string }): Registration {
  const scope = throttleScopes.registration(ctx.kioskId);
  return withThrottle(
    ctx,
    scope,
    () => register(ctx, scope, input),
    (error) => COUNTED.has(error.data.code),
  );
}

function register(ctx: Ctx, scope: ThrottleScope, input: { name: string; email: string; code: string }): Registration {
  const normalized = normalizeJoinCode(input.code);
  if (!normalized.ok) throw new AppError('validation', normalized.message, { field: 'code' });
  return inTransaction(ctx, () => {
    // Checked again under the write lock: another process may have locked this kiosk meanwhile.
    assertNotThrottled(ctx, scope);
    const now = nowIso(ctx);
    const code = findLiveCode(ctx, normalized.key, now);
    assertCodeOpen(code);
    const key = emailKey(input.email);
    if (ctx.db.prepare('SELECT 1 FROM learners WHERE email_key = ?').get(key)) {
      throw new AppError('email-registered', KIOSK_MESSAGES['email-registered'], { field: 'email' });
    }
    // The guarded update makes the last seat exact even when registrations race.
    const seat = ctx.db
      .prepare(
        'UPDATE join_codes SET used_count = used_count + 1 WHERE group_id = ? AND (max_uses IS NULL OR used_count < max_uses)',
      )
      .run(code.groupId);
    if (seat.changes !== 1) throw new AppError('group-full', KIOSK_MESSAGES['group-full'], { field: 'code' });
    const learnerId = insertLearner(
      ctx,
      { name: input.name, email: input.email, groupId: code.groupId, role: code.role, source: 'kiosk', codeKey: code.key },
      now,
    );
    recordAudit(ctx, 'learner-registered', { groupId: code.groupId, learnerId });
    const courses = ctx.db
      .prepare(
        `SELECT c.id, c.title FROM group_courses gc JOIN courses c ON c.id = gc.course_id
         WHERE gc.group_id = ? AND c.archived_at IS NULL ORDER BY c.title`,
      )
      .all(code.groupId) as { id: number; title: string }[];
    return { learnerId, groupName: code.groupName, courses, maskedEmail: maskEmail(input.email) };
  });
}
