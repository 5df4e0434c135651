import type { ChannelsOf, ParsedInput } from '../../shared/contract';
import type { networkChannels } from '../../shared/domains/network';
import { ROOM_DEFAULT_PORT } from '../../shared/domains/network';
import { AppError } from '../../shared/result';
import type { GroupLive, NetworkStatus } from '../../shared/types';
import type { Ctx } from './context';
import { inTransaction } from './context';
import type { HandlerMap } from './handler';
import type { Host, RoomHost } from './host';
import { readSetting, writeSetting } from './settings';
import { listStations, removeStation, startPairing } from './stations';

/**
 * The room network (DESIGN §5): what the admin chose is remembered; whether it is open is not —
 * after a restart the listener stays closed until the admin turns it on again, and says so.
 */
interface NetworkSettings {
  address: string | null;
  port: number;
  phonesAllowed: boolean;
}

const DEFAULTS: NetworkSettings = { address: null, port: ROOM_DEFAULT_PORT, phonesAllowed: true };

export const getNetworkSettings = (ctx: Ctx): NetworkSettings => readSetting(ctx, 'network', DEFAULTS);

function status(ctx: Ctx, room: RoomHost | undefined): NetworkStatus {
  const saved = getNetworkSettings(ctx);
  const origin = room?.origin() ?? null;
  return {
    ...saved,
    enabled: origin !== null,
    url: origin,
    addresses: room?.addresses() ?? [],
    available: room !== undefined,
  };
}

/** Why the listener could not open, said for the field the admin can change. */
function openFailure(error: unknown, s: NetworkSettings): AppError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRNOTAVAIL' || code === 'EINVAL' || code === 'ENOTFOUND') {
    return new AppError(
      'validation',
      { id: 'network.noAddress', values: { address: s.address ?? '' } },
      {
        field: 'address',
      },
    );
  }
  if (code === 'EADDRINUSE') {
    return new AppError('validation', { id: 'network.portInUse', values: { port: s.port } }, { field: 'port' });
  }
  if (code === 'EACCES') {
    return new AppError(
      'validation',
      { id: 'network.portDenied', values: { port: s.port } },
      {
        field: 'port',
      },
    );
  }
  return new AppError('unavailable', { id: 'network.openFailed' });
}

async function setNetwork(ctx: Ctx, room: RoomHost | undefined, input: ParsedInput<'network-set'>): Promise<NetworkStatus> {
  if (!room) throw new AppError('unavailable', { id: 'network.noRoom' });
  const saved = getNetworkSettings(ctx);
  const next: NetworkSettings = {
    address: input.address ?? saved.address,
    port: input.port ?? saved.port,
    phonesAllowed: input.phonesAllowed ?? saved.phonesAllowed,
  };
  if (input.enabled && !next.address) {
    throw new AppError('validation', { id: 'network.chooseAddress' }, { field: 'address' });
  }
  inTransaction(ctx, () => writeSetting(ctx, 'network', next));
  if (input.enabled) {
    try {
      await room.open(next.address!, next.port, { phonesAllowed: next.phonesAllowed });
    } catch (error) {
      throw openFailure(error, next);
    }
  } else await room.close();
  return status(ctx, room);
}

/** The link a phone opens (the QR code holds it): the sign-up page with this group's code filled in. */
function roomLink(ctx: Ctx, room: RoomHost | undefined, groupId: number): { url: string } {
  const origin = room?.origin() ?? null;
  const row = ctx.db.prepare('SELECT key FROM join_codes WHERE group_id = ?').get(groupId) as { key: string } | undefined;
  if (!row) throw new AppError('not-found', { id: 'group.gone' });
  if (!origin) throw new AppError('unavailable', { id: 'network.roomOff' });
  return { url: `${origin}/j/${row.key}` };
}

/** A group's count and its latest members' first names: small enough to poll every few seconds. */
function groupLive(ctx: Ctx, groupId: number): GroupLive {
  const group = ctx.db
    .prepare(
      'SELECT g.name, (SELECT count(*) FROM learners l WHERE l.group_id = g.id) AS memberCount FROM groups g WHERE g.id = ?',
    )
    .get(groupId) as { name: string; memberCount: number } | undefined;
  if (!group) throw new AppError('not-found', { id: 'group.gone' });
  const rows = ctx.db
    .prepare('SELECT id, name FROM learners WHERE group_id = ? ORDER BY registered_at DESC, id DESC LIMIT 60')
    .all(groupId) as { id: number; name: string }[];
  const recent = rows.map((r) => ({ id: r.id, firstName: r.name.trim().split(/\s+/u)[0] ?? '' }));
  return { groupId, name: group.name, memberCount: group.memberCount, recent };
}

export const networkHandlers = (host: Host): HandlerMap<ChannelsOf<typeof networkChannels>> => ({
  'network-status': (ctx) => status(ctx, host.room),
  'network-set': (ctx, input) => setNetwork(ctx, host.room, input),
  'group-room-link': (ctx, { groupId }) => roomLink(ctx, host.room, groupId),
  'group-live': (ctx, { groupId }) => groupLive(ctx, groupId),
  'stations-list': listStations,
  'station-pair-start': (ctx, input) => startPairing(ctx, host.room, input),
  'station-remove': removeStation,
});
