import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { kioskChannels } from '../../shared/domains/kiosk';
import { emailKey, maskEmail } from '../../shared/email';
import { AppError } from '../../shared/result';
import type { CodeState, Registration } from '../../shared/types';
import { CODE_STATE_SQL } from './codeRecords';
import type { HandlerMap } from './handler';
import type { Host } from './host';
import { assertKioskCanStart, exitKiosk, kioskOverview, kioskStatus, unlockWithPin } from './kioskMode';
import { noteFailedSignup } from './kioskAttempts';
import { insertLearner } from './learners';
import { getKioskSettings, updateKioskSettings } from './settings';
import type { ThrottleScope } from './throttle';
import { assertNotThrottled, throttleScopes, withThrottle } from './throttle';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction, nowIso } from './context';

interface LiveCode {
  groupId: number;
  groupName: string;
  role: string;
  key: string;
  state: CodeState;
  validFrom: string | null;
  validUntil: string | null;
}

// The kiosk words and formats the date itself from `params.at`, in the learner's language; `at` in
// the text is the same moment as a number, for the admin's screen and the English of scripts.
const when = (iso: string | null): number => new Date(iso ?? 0).getTime();

/** Throws the kiosk error that stops this code from being used now, if any. */
function assertCodeOpen(code: LiveCode): void {
  const field = 'code';
  switch (code.state) {
    case 'active':
      return;
    case 'paused':
      throw new AppError('code-disabled', { id: 'signup.codeDisabled' }, { field });
    case 'scheduled': {
      const where = { field, params: { at: code.validFrom ?? '' } };
      throw new AppError('code-not-yet-valid', { id: 'signup.notYetOpen', values: { at: when(code.validFrom) } }, where);
    }
    case 'expired': {
      const where = { field, params: { at: code.validUntil ?? '' } };
      throw new AppError('code-expired', { id: 'signup.closed', values: { at: when(code.validUntil) } }, where);
    }
    case 'full':
      throw new AppError('group-full', { id: 'signup.groupFull' }, { field });
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
  if (retired) throw new AppError('code-retired', { id: 'signup.codeRetired' }, { field: 'code' });
  throw new AppError('code-unknown', { id: 'signup.codeUnknown' }, { field: 'code' });
}

/** Answers that would let anyone probe codes and emails: they count towards the throttle (DESIGN §4). */
const COUNTED: ReadonlySet<string> = new Set(['code-unknown', 'code-retired', 'email-registered']);

/** A learner signs up with a join code: one transaction from lookup to audit (DESIGN §4), throttled per kiosk. */
export function registerAtKiosk(ctx: Ctx, input: ParsedInput<'kiosk-register'>): Registration {
  const scope = throttleScopes.registration(ctx.kioskId);
  try {
    return withThrottle(
      ctx,
      scope,
      () => register(ctx, scope, input),
      (error) => COUNTED.has(error.data.code),
    );
  } catch (error) {
    // After the sign-up's own transaction has rolled back: the records keep the kind, not the input.
    noteFailedSignup(ctx, error, input.code);
    throw error;
  }
}

function register(ctx: Ctx, scope: ThrottleScope, input: ParsedInput<'kiosk-register'>): Registration {
  return inTransaction(ctx, () => {
    // Checked again under the write lock: another process may have locked this kiosk meanwhile.
    assertNotThrottled(ctx, scope);
    const now = nowIso(ctx);
    const code = findLiveCode(ctx, input.code, now); // the schema made it the key
    assertCodeOpen(code);
    const key = emailKey(input.email);
    if (ctx.db.prepare('SELECT 1 FROM learners WHERE email_key = ?').get(key)) {
      throw new AppError('email-registered', { id: 'signup.emailRegistered' }, { field: 'email' });
    }
    // The guarded update makes the last seat exact even when registrations race.
    const seat = ctx.db
      .prepare(
        'UPDATE join_codes SET used_count = used_count + 1 WHERE group_id = ? AND (max_uses IS NULL OR used_count < max_uses)',
      )
      .run(code.groupId);
    if (seat.changes !== 1) throw new AppError('group-full', { id: 'signup.groupFull' }, { field: 'code' });
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

export const kioskHandlers = (host: Host): HandlerMap<ChannelsOf<typeof kioskChannels>> => {
  const canExit = host.exitKiosk !== undefined;
  return {
    'kiosk-open': (ctx) => {
      assertKioskCanStart(ctx);
      return host.openKiosk?.() ?? { url: null };
    },
    'kiosk-register': registerAtKiosk,
    'kiosk-status': (ctx) => kioskStatus(ctx, canExit),
    'kiosk-overview': (ctx) => kioskOverview(ctx, canExit),
    'kiosk-exit': (ctx, { pin }) => exitKiosk(ctx, pin, host.exitKiosk),
    'kiosk-unlock': (ctx, { pin }) => unlockWithPin(ctx, pin, canExit),
    'kiosk-settings-get': getKioskSettings,
    'kiosk-settings-update': updateKioskSettings,
  };
};
