import fs from 'node:fs';
import type { z } from 'zod';
import type { Audience, Channel, Output, ParsedInput } from '../../shared/contract';
import { audienceMayCall, contract, isChannel } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { AppErrorData, Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import type { Group, JoinCardResult } from '../../shared/types';
import type { Db } from '../db/open';
import type { WorkerChannel } from '../jobs/jobRunner';
import type { Ctx, CoreEnv } from './env';
import { cloneGroup, createGroup, getGroup, listGroups, updateGroup } from './groups';
import { joinCodeHistory, regenerateJoinCode, updateCodeSettings, updateJoinCode } from './joinCodes';
import { registerAtKiosk } from './kiosk';
import { addLearner, eraseLearner, exportLearner, getLearner, listLearners, reassignLearner, removeLearner } from './learners';
import { commitImport, previewImport } from './csvImport';
import { addUploadedBackup, createBackup, listBackupsOf, resolveBackup, restoreBackup, runAutoBackup } from './backup';
import { exportCsv } from './exports';
import { namedFailure, systemCode } from './failures';
import { progressGrid, setProgress, setProgressMany } from './progress';
import { dashboard, listAudit } from './reports';
import { createCourse, listCourses, setCourseGroups, setGroupCourses, updateCourse } from './courses';
import {
  getBackupSettings,
  getCodePolicy,
  getKioskSettings,
  updateBackupSettings,
  updateCodePolicy,
  updateKioskSettings,
} from './settings';
import { setAdminPin } from './adminPin';
import { assertKioskCanStart, exitKiosk, kioskStatus, unlockWithPin } from './kioskMode';

type Handlers = { [C in Channel]: (ctx: Ctx, input: ParsedInput<C>) => Output<C> | Promise<Output<C>> };

/** What only the host can do: the desktop app opens windows and saves files; serve mode gives URLs. */
export interface Host {
  openKiosk?: () => { url: string | null };
  /** Serve mode: a one-time sign-in link for another browser; absent in the desktop app. */
  sessionLink?: (audience: Audience) => { url: string };
  /** Closes the desktop kiosk window and brings the admin back; absent where there is nothing to leave. */
  exitKiosk?: () => void;
  /** `caller` is whatever the transport passed as the caller of this request (Electron: its WebContents). */
  saveJoinCard?: (group: Group, caller: unknown) => Promise<JoinCardResult>;
  /** Desktop: saves a copy of a backup file where the admin picks, in main's own dialog; the chosen name or null. */
  saveBackupCopy?: (file: string, name: string, caller: unknown) => Promise<string | null>;
  /** Desktop: the file the admin picked in main's own open dialog, or null. The path never leaves main. */
  pickBackupFile?: (caller: unknown) => Promise<string | null>;
  /** Runs long work (imports, backups, restores) in a worker thread; without it, here, synchronously. */
  runInWorker?: <C extends WorkerChannel>(channel: C, input: ParsedInput<C>) => Promise<Output<C>>;
  importProgress?: () => { done: number; total: number } | null;
  /** Told every thousand rows while an import runs here. */
  onImportProgress?: (done: number, total: number) => void;
  /** Told when work here holds the write lock for long, and when it lets go (the worker tells its host). */
  onWriting?: (on: boolean) => void;
}

export interface CoreOptions {
  env?: Partial<CoreEnv>;
  host?: Host;
}

export interface Core {
  /**
   * While long work in a worker holds the write lock (a restore's swap, an import), calls that would
   * wait on it answer `paused` at once — the kiosk says "one moment" and tries again — instead of
   * stalling every screen on the lock. Each `true` is matched by one `false`.
   */
  setWriting(on: boolean): void;
  /**
   * Validates `raw` with the channel's schema, checks the audience, runs the handler; never throws.
   * Domain work is synchronous; only host work (saving a file) answers with a promise.
   */
  invoke(channel: string, raw: unknown, audience: Audience, context?: CallContext): Result<unknown> | Promise<Result<unknown>>;
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
  const offThread =
    <C extends WorkerChannel>(channel: C, here: Handlers[C]) =>
    (ctx: Ctx, input: ParsedInput<C>) =>
      host.runInWorker ? host.runInWorker(channel, input) : here(ctx, input);
  const canExit = host.exitKiosk !== undefined;
  const handlers: Handlers = {
    'groups-create': createGroup,
    'groups-list': listGroups,
    'groups-get': (ctx, { id }) => getGroup(ctx, id),
    'groups-update': updateGroup,
    'groups-clone': cloneGroup,
    'join-code-update': updateJoinCode,
    'join-code-regenerate': regenerateJoinCode,
    'join-code-settings': updateCodeSettings,
    'join-code-history': joinCodeHistory,
    'join-card-pdf': (ctx, { groupId }) => {
      const group = getGroup(ctx, groupId);
      return host.saveJoinCard ? host.saveJoinCard(group, ctx.caller) : { handledBy: 'browser' as const };
    },
    'code-policy-get': getCodePolicy,
    'code-policy-update': updateCodePolicy,
    'learners-list': listLearners,
    'learners-get': (ctx, { id }) => getLearner(ctx, id),
    'learners-add': addLearner,
    'learners-reassign': reassignLearner,
    'learners-remove': removeLearner,
    'learners-erase': eraseLearner,
    'learners-export': exportLearner,
    'learners-import-preview': offThread('learners-import-preview', previewImport),
    'learners-import-commit': offThread('learners-import-commit', (ctx, input) =>
      commitImport(ctx, input, host.onImportProgress),
    ),
    'learners-import-progress': () => host.importProgress?.() ?? null,
    'courses-create': createCourse,
    'courses-list': listCourses,
    'courses-update': updateCourse,
    'group-courses-set': setGroupCourses,
    'course-groups-set': setCourseGroups,
    'progress-set': setProgress,
    'progress-set-many': setProgressMany,
    'progress-group': progressGrid,
    'reports-dashboard': dashboard,
    'export-csv': exportCsv,
    'audit-list': listAudit,
    'backup-list': listBackupsOf,
    'backup-create': offThread('backup-create', createBackup),
    'backup-restore': (ctx, input) => {
      if (!host.runInWorker) return restoreBackup(ctx, input);
      // Paused from the moment it is asked for: nobody is told "registered" and then restored away.
      writingElsewhere++;
      return host.runInWorker('backup-restore', input).finally(() => writingElsewhere--);
    },
    'backup-save-copy': async (ctx, { name }) => {
      if (!host.saveBackupCopy) throw desktopOnly();
      return { savedAs: await host.saveBackupCopy(resolveBackup(ctx, name), name, ctx.caller) };
    },
    'backup-import-file': async (ctx) => {
      if (!host.pickBackupFile) throw desktopOnly();
      const picked = await host.pickBackupFile(ctx.caller);
      if (picked === null) return { name: null };
      const { name } = await addUploadedBackup(ctx.db.name, ctx.env.now(), (temp) => fs.copyFileSync(picked, temp));
      return { name };
    },
    'backup-settings-get': getBackupSettings,
    'backup-settings-update': updateBackupSettings,
    'backup-auto-run': offThread('backup-auto-run', runAutoBackup),
    'kiosk-open': (ctx) => {
      assertKioskCanStart(ctx);
      return host.openKiosk?.() ?? { url: null };
    },
    'session-link': (_ctx, { audience }) => {
      if (!host.sessionLink) throw new AppError('unavailable', 'Sign-in links exist only in serve mode (npm run serve).');
      return host.sessionLink(audience);
    },
    'kiosk-register': registerAtKiosk,
    'kiosk-status': (ctx) => kioskStatus(ctx, canExit),
    'kiosk-exit': (ctx, { pin }) => exitKiosk(ctx, pin, host.exitKiosk),
    'kiosk-unlock': (ctx, { pin }) => unlockWithPin(ctx, pin, canExit),
    'kiosk-settings-get': getKioskSettings,
    'kiosk-settings-update': updateKioskSettings,
    'admin-pin-set': setAdminPin,
  };

  return {
    setWriting(on) {
      writingElsewhere = Math.max(0, writingElsewhere + (on ? 1 : -1));
    },
    invoke(channel, raw, audience, context = {}) {
      if (!isChannel(channel)) return fail({ code: 'not-found', message: `Unknown channel: ${channel.slice(0, 64)}` });
      if (!audienceMayCall(audience, channel)) {
        return fail({ code: 'forbidden', message: 'This screen may not do that.' });
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
        };
        const value = handler(ctx, parsed.data);
        return value instanceof Promise ? value.then(ok, (error: unknown) => fail(failure(channel, error, audience))) : ok(value);
      } catch (error) {
        return fail(failure(channel, error, audience));
      }
    },
  };
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
  'kiosk-status',
  'kiosk-settings-get',
  'session-link',
]);

const pausedError = (audience: Audience): AppErrorData => ({
  code: 'paused',
  message:
    audience === 'kiosk'
      ? 'One moment, please: sign-up will carry on by itself in a few seconds.'
      : 'One moment: JoinDesk is saving an import or restoring a backup. Try again in a few seconds.',
  retryAfterSeconds: 2,
});

const desktopOnly = () =>
  new AppError('unavailable', 'This is done in the desktop app. In a browser, download or upload the file instead.');

function failure(channel: string, error: unknown, actor: Audience): AppErrorData {
  if (error instanceof AppError) return error.data;
  // Only the error's kind and code reach the log: messages can quote input, and input may be PII.
  const code = systemCode(error);
  console.error(`[core] ${channel} failed: ${error instanceof Error ? error.name : typeof error}${code ? ` ${code}` : ''}`);
  return (
    namedFailure(error, actor) ?? {
      code: 'internal',
      message: 'Something went wrong, and nothing was changed. Please try again.',
    }
  );
}

function validationError(error: z.ZodError): AppErrorData {
  const issue = error.issues[0];
  if (!issue) return { code: 'validation', message: 'The request was not valid.' };
  if (issue.code === 'unrecognized_keys') {
    return { code: 'validation', message: `Unexpected field: ${issue.keys.join(', ').slice(0, 64)}.` };
  }
  const field = issue.path.length ? String(issue.path[0]) : undefined;
  return { code: 'validation', message: issue.message, field };
}
