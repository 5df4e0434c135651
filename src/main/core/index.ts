import type { z } from 'zod';
import type { Audience, Channel, Output, ParsedInput } from '../../shared/contract';
import { audienceMayCall, contract, isChannel } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import type { Db } from '../db/open';
import type { Ctx, CoreEnv } from './env';
import { createGroup, getGroup, listGroups, updateGroup } from './groups';
import { regenerateJoinCode, updateCodeSettings, updateJoinCode } from './joinCodes';
import { registerAtKiosk } from './kiosk';
import { listLearners } from './learners';

type Handlers = { [C in Channel]: (ctx: Ctx, input: ParsedInput<C>) => Output<C> };

export interface CoreOptions {
  env?: Partial<CoreEnv>;
  /** How this host opens the kiosk: a window in the desktop app, a URL in serve mode. */
  openKiosk?: () => { url: string | null };
}

export interface Core {
  /** Validates `raw` with the channel's schema, checks the audience, runs the handler; never throws. */
  invoke(channel: string, raw: unknown, audience: Audience): Result<unknown>;
}

export function createCore(db: Db, options: CoreOptions = {}): Core {
  const env: CoreEnv = { now: () => new Date(), ...options.env };
  const handlers: Handlers = {
    'groups-create': createGroup,
    'groups-list': listGroups,
    'groups-get': (ctx, { id }) => getGroup(ctx, id),
    'groups-update': updateGroup,
    'join-code-update': updateJoinCode,
    'join-code-regenerate': regenerateJoinCode,
    'join-code-settings': updateCodeSettings,
    'learners-list': listLearners,
    'kiosk-open': () => options.openKiosk?.() ?? { url: null },
    'kiosk-register': registerAtKiosk,
  };

  return {
    invoke(channel, raw, audience) {
      if (!isChannel(channel)) return fail({ code: 'not-found', message: `Unknown channel: ${channel.slice(0, 64)}` });
      if (!audienceMayCall(audience, channel)) {
        return fail({ code: 'forbidden', message: 'This screen may not do that.' });
      }
      const parsed = (contract[channel].input as z.ZodType).safeParse(raw);
      if (!parsed.success) return fail(validationError(parsed.error));
      try {
        const handler = handlers[channel] as (ctx: Ctx, input: unknown) => unknown;
        return ok(handler({ db, env, actor: audience }, parsed.data));
      } catch (error) {
        if (error instanceof AppError) return fail(error.data);
        // Only the error's kind reaches the log: messages can quote input, and input may be PII.
        console.error(`[core] ${channel} failed: ${error instanceof Error ? error.name : typeof error}`);
        return fail({ code: 'internal', message: 'Something went wrong, and nothing was changed. Please try again.' });
      }
    },
  };
}

function validationError(error: z.ZodError): { code: 'validation'; message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { code: 'validation', message: 'The request was not valid.' };
  if (issue.code === 'unrecognized_keys') {
    return { code: 'validation', message: `Unexpected field: ${issue.keys.join(', ').slice(0, 64)}.` };
  }
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  return { code: 'validation', message: issue.message, field };
}
