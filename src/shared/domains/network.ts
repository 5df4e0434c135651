import { z } from 'zod';
import { PORT_MAX, PORT_MIN, STATION_NAME_MAX } from '../limits';
import { cleanName } from '../names';
import { schemaText } from '../text';
import { channel } from './define';
import { id, nothing } from './fields';

/** The room network (DESIGN §5): a second listener, learner side only, on an address the admin picks. */

export const ROOM_DEFAULT_PORT = 5184;

/** One address of this machine the room listener could use, with the interface that has it. */
export interface NetworkAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  /** The interface's name, e.g. `wlan0`, `Wi-Fi`, `en0`. */
  interface: string;
}

export interface NetworkStatus {
  /** The room listener is open now. Never reopened silently when JoinDesk restarts. */
  enabled: boolean;
  /** The address chosen last (remembered), or null before the first choice. */
  address: string | null;
  port: number;
  /** Phones may walk up with a room link; off: nothing but paired screens. */
  phonesAllowed: boolean;
  /** `http://address:port` while open, else null. */
  url: string | null;
  /** The machine's non-loopback addresses, the ones to offer. Empty: no network to share on. */
  addresses: NetworkAddress[];
  /** This JoinDesk can open a room listener at all (the desktop app and serve mode can). */
  available: boolean;
}

/** Who has joined a group, for the presenter view and the group page (polled). */
export interface GroupLive {
  groupId: number;
  name: string;
  memberCount: number;
  /** First names of the latest members, newest first (at most 60). */
  recent: { id: number; firstName: string }[];
}

/** A paired screen (a spare laptop or tablet) on the room network: the full kiosk, its own credential. */
export interface Station {
  id: number;
  name: string;
  /** `pairing`: its pairing code still works (until `expiresAt`); `expired`: it was never used. */
  state: 'paired' | 'pairing' | 'expired';
  expiresAt: string | null;
  lastSeenAt: string | null;
  signupsToday: number;
}

/** How long a pairing code works (once). */
export const PAIRING_TTL_MS = 2 * 60 * 1000;
export const PAIRING_CODE_LENGTH = 6;
export const MAX_STATIONS = 50;

/** A station as stored (settings `stations`): secrets as hashes only. */
export const stationRecord = z.strictObject({
  id: z.int().positive(),
  name: z.string().min(1).max(60),
  credentialKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .nullable(),
  pairingKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/)
    .nullable(),
  expiresAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime().nullable(),
  signupDay: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  signupCount: z.int().min(0),
});
export type StationRecord = z.infer<typeof stationRecord>;
export const stationRecords = z.array(stationRecord).max(MAX_STATIONS);

const stationName = z
  .string(schemaText('field.stationNameRequired'))
  .max(200, schemaText('field.stationNameTooLong'))
  .transform(cleanName)
  .pipe(z.string().min(1, schemaText('field.stationNameRequired')).max(STATION_NAME_MAX, schemaText('field.stationNameTooLong')));

/** An IPv4 or IPv6 address, as typed; the host finds out whether this machine can bind it. */
const address = z
  .string(schemaText('field.address'))
  .trim()
  .max(64, schemaText('field.addressTooLong'))
  .refine((s) => z.ipv4().safeParse(s).success || z.ipv6().safeParse(s).success, schemaText('field.addressInvalid'))
  // "Every address" or a group address would open the room to every network this machine is on.
  .refine((s) => !isUnspecifiedOrMulticast(s), schemaText('field.addressNotOne'));

function isUnspecifiedOrMulticast(s: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.\d+\.\d+\.\d+$/i.exec(s);
  if (v4) return s.replace(/^::ffff:/i, '') === '0.0.0.0' || (Number(v4[1]) >= 224 && Number(v4[1]) <= 239);
  return /^(?:0*:)*:?0*$/.test(s) || /^::$/.test(s) || /^ff/i.test(s);
}

/** The room network's setting as stored (what was chosen; never whether it is open). */
export const networkSetting = z.strictObject({
  address: address.nullable(),
  port: z.int().min(1024).max(65535),
  phonesAllowed: z.boolean(),
});

export const networkSchemas = {
  networkStatus: nothing,
  networkSet: z.strictObject({
    enabled: z.boolean(schemaText('field.onOrOff')),
    address: address.optional(),
    port: z
      .int(schemaText('field.port'))
      .min(PORT_MIN, schemaText('field.portLow'))
      .max(PORT_MAX, schemaText('field.portHigh'))
      .optional(),
    phonesAllowed: z.boolean(schemaText('field.yesOrNo')).optional(),
  }),
  groupRoomLink: z.strictObject({ groupId: id }),
  groupLive: z.strictObject({ groupId: id }),
  stationsList: nothing,
  stationPairStart: z.strictObject({ name: stationName }),
  stationRemove: z.strictObject({ id }),
};

export const networkChannels = {
  'network-status': channel<NetworkStatus>()('admin', networkSchemas.networkStatus),
  'network-set': channel<NetworkStatus>()('admin', networkSchemas.networkSet),
  'group-room-link': channel<{ url: string }>()('admin', networkSchemas.groupRoomLink),
  'group-live': channel<GroupLive>()('admin', networkSchemas.groupLive),
  'stations-list': channel<Station[]>()('admin', networkSchemas.stationsList),
  'station-pair-start': channel<{ pairingCode: string; url: string; expiresAt: string }>()(
    'admin',
    networkSchemas.stationPairStart,
  ),
  'station-remove': channel<{ removed: true }>()('admin', networkSchemas.stationRemove),
};
