import type { Channel, Output, ParsedInput } from '../../shared/contract';
import type { WorkerChannel } from '../jobs/jobRunner';
import type { Ctx } from './context';

/** Channels whose handler asks the host for work that answers later (a dialog, a file). */
export type HostChannel = 'join-card-pdf' | 'backup-save-copy' | 'backup-import-file' | 'network-set';

/** Channels whose answer may come later: host work, and long work the core sends to a worker. */
export type DeferredChannel = HostChannel | WorkerChannel;

/**
 * A handler takes the input its schema parsed (never a shape written out by hand) and answers the
 * contract's output. Domain work is synchronous; only host channels may answer with a promise.
 */
export type Handler<C extends Channel> = (
  ctx: Ctx,
  input: ParsedInput<C>,
) => C extends HostChannel ? Output<C> | Promise<Output<C>> : Output<C>;

/**
 * One domain's handlers: exactly the channels `C`, each with the right input and output. A domain
 * module exports one, e.g. `export const groupHandlers: HandlerMap<ChannelsOf<typeof groupChannels>>`.
 */
export type HandlerMap<C extends Channel> = { [K in C]: Handler<K> };

/** The whole table: every channel, one handler each (the union of the domains' maps). */
export type Handlers = HandlerMap<Channel>;
