import type { ChannelsOf } from '../../shared/contract';
import type { sessionChannels } from '../../shared/domains/session';
import { AppError } from '../../shared/result';
import type { HandlerMap } from './handler';
import type { Host } from './host';

export const sessionHandlers = (host: Host): HandlerMap<ChannelsOf<typeof sessionChannels>> => ({
  'session-link': (_ctx, { audience }) => {
    if (!host.sessionLink) throw new AppError('unavailable', { id: 'session.serveOnly' });
    return host.sessionLink(audience);
  },
});
