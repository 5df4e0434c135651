import type { Audience, Output, ParsedInput } from '../../shared/contract';
import type { Group, JoinCardResult, NetworkAddress } from '../../shared/types';
import type { WorkerChannel } from '../jobs/jobRunner';

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
  /** Told after every slice while an import runs here. */
  onImportProgress?: (done: number, total: number) => void;
  /** Called between an import's slices, with the write lock free: a worker waits a moment there, so others get it. */
  betweenSlices?: () => void;
  /** The room network's listener (DESIGN §5), the same module in the desktop app and serve mode. */
  room?: RoomHost;
  /** Told when work here holds the write lock for long, and when it lets go (the worker tells its host). */
  onWriting?: (on: boolean) => void;
}

/** Opens and closes the room listener: learner side only, on an address the admin picks. */
export interface RoomHost {
  /** This machine's non-loopback addresses, with their interface names. */
  addresses(): NetworkAddress[];
  /** Opens the listener on `address:port` (closing one open elsewhere first); its origin. Rejects when it cannot bind. */
  open(address: string, port: number, options: { phonesAllowed: boolean }): Promise<{ origin: string }>;
  /** Closes it at once, cutting every connection. */
  close(): Promise<void>;
  /** `http://address:port` while open, else null. */
  origin(): string | null;
}
