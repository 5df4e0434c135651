import type { z } from 'zod';
import type { Audience, Channel, Input, Output } from '../../shared/contract';
import { audienceMayCall, contract, isChannel } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { AppErrorData, Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import { textOf } from '../../shared/text';
import type { Db } from '../db/open';
import type { WorkerChannel } from '../jobs/jobRunner';
import { WORKER_CHANNELS } from '../jobs/jobRunner';
import { adminPinHandlers } from './adminPin';
import { auditHandlers } from './audit';
import { backupHandlers } from './backup';
import type { Ctx, CoreEnv } from './context';
import { undoInterruptedImports } from './importBatches';
import { courseHandlers } from './courses';
import { csvImportHandlers } from './csvImport';
import { namedFailure, systemCode } from './failures';
import { createGroupCommit } from './groupCommit';
import { groupHandlers } from './groups';
import type { DeferredChannel, Handlers } from './handler';
import type { Host } from './host';
import { joinCodeHandlers } from './joinCodes';
import { kioskHandlers } from './kiosk';
import { learnerHandlers } from './learners';
import { networkHandlers } from './network';
import { progressHandlers } from './progress';
import { reportHandlers } from './reports';
import { sessionHandlers } from './session';
import { languageHandlers } from './settings';

export type { DeferredChannel, Handler, HandlerMap, Handlers, HostChannel } from './handler';
export type { Host } from './host';

/** What `core.call` answers: at once for domain channels; deferred ones may answer with a promise. */
export type Answer<C extends Channel> = C extends DeferredChannel
  ? Result<Output<C>> | Promise<Result<Output<C>>>
  : Result<Output<C>>;

const isWorkerChannel = (c: Channel): c is WorkerChannel => (WORKER_CHANNELS as readonly Channel[]).includes(c);

export interface CoreOptions {
  env?: Partial<CoreEnv>;
  host?: Host;
  /** Sign-ups arriving together share one commit (on unless false; the bench turns it off to compare). */
  groupCommit?: boolean;
}

export interface Core {
  /**
   * While long work in a worker holds the write lock (a restore), calls that would
   * wait on it answer `paused` at once — the kiosk says "one moment" and tries again — instead of
   * stalling every screen on the lock. Each `true` is matched by one `false`.
   */
  setWriting(on: boolean): void;
  /**
   * Main's own callers (the job worker, scheduled backups, tests): typed by the contract. Validates the
   * input with the channel's schema, checks the audience (the channel's own by default), runs the
   * handler; never throws. Domain channels answer at once; deferred ones (host and worker work) may
   * answer with a promise — see `Answer`.
   */
  call<C extends Channel>(channel: C, input: Input<C>, audience?: Audience, context?: CallContext): Answer<C>;
  /**
   * The wire (IPC, HTTP): any channel name, unknown input; always a promise of a `Result`, never
   * rejects. The handler starts before this returns, as with `call` — but for `kiosk-register`, which
   * waits for the sign-ups arriving with it and shares their commit.
   */
  invoke(channel: string, raw: unknown, audience: Audience, context?: CallContext): Promise<Result<unknown>>;
  /** At start-up, once, by the app (never by a worker): takes back imports the last run left cut short. */
  undoInterruptedImports(): number;
}

/** What the transport knows about a request beyond its audience. */
export interface CallContext {
  caller?: unknown;
  /** Which kiosk screen is asking; each has its own sign-up and exit-PIN throttles. */
  kioskId?: string;
}

export function createCore(db: Db, options: CoreOptions = {}): Core {
  const env: CoreEnv = { now: () => new Date(), monotonicMs: () => performance.now(), ...options.env };
  const host = options.host ?? {};
  const memory = { throttleDeadlines: new Map<string, number>() };
  // How many long writes elsewhere are under way (a worker's, or a restore sent to one).
  let writingElsewhere = 0;
  const writing = <T>(fn: () => T): T => {
    host.onWriting?.(true);
    try {
      return fn();
    } finally {
      host.onWriting?.(false);
    }
  };
  // The union of the domains: a channel missing here, or a handler of the wrong input or output,
  // does not compile (see test/unit/types/handlers.typecheck.ts).
  const handlers: Handlers = {
    ...groupHandlers,
    ...joinCodeHandlers(host),
    ...learnerHandlers,
    ...csvImportHandlers(host),
    ...courseHandlers,
    ...progressHandlers,
    ...reportHandlers,
    ...auditHandlers,
    ...kioskHandlers(host),
    ...backupHandlers(host),
    ...adminPinHandlers,
    ...sessionHandlers(host),
    ...networkHandlers(host),
    ...languageHandlers,
  };
  /** Long work goes to the host's worker when it has one; its own core there runs the handler. */
  const inWorker = (run: NonNullable<Host['runInWorker']>, channel: WorkerChannel, input: unknown): Promise<unknown> => {
    if (channel !== 'backup-restore') return run(channel, input as never);
    // Paused from the moment it is asked for: nobody is told "registered" and then restored away.
    writingElsewhere++;
    return run(channel, input as never).finally(() => writingElsewhere--);
  };
  const signUps = createGroupCommit(db, (error) => failure('kiosk-register', error, 'kiosk'));

  return {
    setWriting(on) {
      writingElsewhere = Math.max(0, writingElsewhere + (on ? 1 : -1));
    },
    call(channel, input, audience = contract[channel].audience, context) {
      return dispatch(channel, input, audience, context) as Answer<typeof channel>;
    },
    invoke(channel, raw, audience, context) {
      // Sign-ups arriving together over the wire share one commit (see groupCommit.ts).
      if (channel === 'kiosk-register' && options.groupCommit !== false)
        return signUps.run(() => dispatch(channel, raw, audience, context) as Result<unknown>);
      return Promise.resolve(dispatch(channel, raw, audience, context));
    },
    undoInterruptedImports() {
      return undoInterruptedImports({ db, env, actor: 'admin', kioskId: 'default', memory, writing });
    },
  };

  function dispatch(
    channel: string,
    raw: unknown,
    audience: Audience,
    context: CallContext = {},
  ): Result<unknown> | Promise<Result<unknown>> {
    if (!isChannel(channel))
      return fail(new AppError('not-found', { id: 'request.unknownChannel', values: { channel: channel.slice(0, 64) } }).data);
    if (!audienceMayCall(audience, channel)) {
      return fail(new AppError('forbidden', { id: 'request.forbidden' }).data);
    }
    const parsed = (contract[channel].input as z.ZodType).safeParse(raw);
    if (!parsed.success) return fail(validationError(parsed.error));
    if (writingElsewhere > 0 && !READS.has(channel)) return fail(pausedError(audience));
    try {
      const handler = handlers[channel] as (ctx: Ctx, input: unknown) => unknown;
      const ctx: Ctx = {
        db,
        env,
        actor: audience,
        caller: context.caller,
        kioskId: context.kioskId ?? 'default',
        memory,
        writing,
        writesPaused: writingElsewhere > 0,
      };
      const value =
        host.runInWorker && isWorkerChannel(channel)
          ? inWorker(host.runInWorker, channel, parsed.data)
          : handler(ctx, parsed.data);
      return value instanceof Promise ? value.then(ok, (error: unknown) => fail(failure(channel, error, audience))) : ok(value);
    } catch (error) {
      return fail(failure(channel, error, audience));
    }
  }
}

/** Channels that only read: in WAL mode they never wait on the write lock, so they go on during long writes. */
const READS = new Set<Channel>([
  'groups-list',
  'groups-get',
  'join-code-history',
  'code-policy-get',
  'learners-list',
  'learners-get',
  'learners-export',
  'learners-import-progress',
  'courses-list',
  'progress-group',
  'reports-dashboard',
  'export-csv',
  'audit-list',
  'backup-list',
  'backup-settings-get',
  'language-settings-get',
  'kiosk-status',
  'kiosk-overview',
  'kiosk-settings-get',
  'session-link',
  'network-status',
  'group-room-link',
  'group-live',
  'stations-list',
]);

const pausedError = (audience: Audience): AppErrorData =>
  new AppError('paused', { id: audience === 'kiosk' ? 'request.pausedKiosk' : 'request.paused' }, { retryAfterSeconds: 2 }).data;

function failure(channel: string, error: unknown, actor: Audience): AppErrorData {
  if (error instanceof AppError) return error.data;
  // Only the error's kind and code reach the log: messages can quote input, and input may be PII.
  const code = systemCode(error);
  console.error(`[core] ${channel} failed: ${error instanceof Error ? error.name : typeof error}${code ? ` ${code}` : ''}`);
  return namedFailure(error, actor) ?? new AppError('internal', { id: 'request.internal' }).data;
}

function validationError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return new AppError('validation', { id: 'request.invalid' }).data;
  if (issue.code === 'unrecognized_keys') {
    const field = issue.keys.join(', ').slice(0, 64);
    return new AppError('validation', { id: 'request.unexpectedField', values: { field } }).data;
  }
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  const text = textOf(issue.message);
  return { code: 'validation', message: issue.message, field, ...(text ? { text } : {}) };
}
