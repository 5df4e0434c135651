import { Worker } from 'node:worker_threads';
import type { Output, ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Result } from '../../shared/result';
import type { TextId } from '../../shared/text';

/** Long work that must not stall the kiosk: it runs in a worker thread, on its own connection. */
export const WORKER_CHANNELS = [
  'learners-import-preview',
  'learners-import-commit',
  'backup-create',
  'backup-auto-run',
  'backup-restore',
  'export-csv',
] as const;
export type WorkerChannel = (typeof WORKER_CHANNELS)[number];

export interface JobData {
  dbFile: string;
  nativeBinding?: string;
  channel: WorkerChannel;
  /** Already parsed by the core that sent it; the worker's core checks it again. */
  input: ParsedInput<WorkerChannel>;
  /** One Int32: set to 1 by the starting thread once it has paused what would wait on the lock. */
  writingAck: SharedArrayBuffer;
}

/**
 * What a worker tells the thread that started it: import progress; when it holds the write lock for
 * long (so sign-ups pause instead of waiting on the lock); and its answer.
 */
export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'writing'; on: boolean }
  | { type: 'result'; result: Result<unknown> };

const BUSY: Record<WorkerChannel, TextId> = {
  'learners-import-preview': 'job.busy.importPreview',
  'learners-import-commit': 'job.busy.importCommit',
  'backup-create': 'job.busy.backupCreate',
  'backup-auto-run': 'job.busy.backupAuto',
  'backup-restore': 'job.busy.backupRestore',
  'export-csv': 'job.busy.export',
};

export interface JobRunner {
  run<C extends WorkerChannel>(channel: C, input: ParsedInput<C>): Promise<Output<C>>;
  /** How far a running import commit has got; null when none runs. */
  progress(): { done: number; total: number } | null;
}

/**
 * Runs one long job at a time in a worker thread with its own connection to the same file, so the
 * app keeps answering — the kiosk, and the progress bar — while it works. `onWriting` hears when the
 * worker holds the write lock for long, and always hears it end (even if the worker dies).
 */
export function createJobRunner(options: {
  dbFile: string;
  workerFile: string;
  nativeBinding?: string;
  execArgv?: string[];
  onWriting?: (on: boolean) => void;
}): JobRunner {
  let running: WorkerChannel | null = null;
  let progress: { done: number; total: number } | null = null;

  return {
    progress: () => progress,
    run<C extends WorkerChannel>(channel: C, input: ParsedInput<C>): Promise<Output<C>> {
      if (running) return Promise.reject(new AppError('conflict', { id: BUSY[running] }));
      running = channel;
      if (channel === 'learners-import-commit') progress = { done: 0, total: 0 };
      let writing = false;
      const setWriting = (on: boolean) => {
        if (on === writing) return;
        writing = on;
        options.onWriting?.(on);
      };
      const writingAck = new SharedArrayBuffer(4);
      const ack = new Int32Array(writingAck);
      const workerData: JobData = { dbFile: options.dbFile, nativeBinding: options.nativeBinding, channel, input, writingAck };
      return new Promise<Output<C>>((resolve, reject) => {
        const worker = new Worker(options.workerFile, { workerData, execArgv: options.execArgv });
        worker.on('message', (message: JobMessage) => {
          if (message.type === 'progress') progress = { done: message.done, total: message.total };
          else if (message.type === 'writing') {
            setWriting(message.on);
            // The worker waits for this before it takes the lock: nothing here is mid-way to it now.
            Atomics.store(ack, 0, message.on ? 1 : 0);
            Atomics.notify(ack, 0);
          } else if (message.result.ok) resolve(message.result.value as Output<C>);
          else reject(new AppError(message.result.error));
        });
        worker.on('error', reject);
        worker.on('exit', (code) => reject(new Error(`job worker exited with ${code}`)));
      }).finally(() => {
        setWriting(false);
        running = null;
        progress = null;
      });
    },
  };
}
