/**
 * Every channel's name and audience, with no zod and no schema: what the preloads need to expose
 * `window.api`, so each stays a few KB. `contract.ts` checks at compile time that this list and the
 * contract name the same channels with the same audiences (and a test checks it at run time).
 */

/** Who may call a channel: the admin app (every channel) or the kiosk (kiosk channels only). */
export type Audience = 'admin' | 'kiosk';

export const CHANNEL_AUDIENCES = {
  'groups-create': 'admin',
  'groups-list': 'admin',
  'groups-get': 'admin',
  'groups-update': 'admin',
  'groups-clone': 'admin',
  'join-code-update': 'admin',
  'join-code-regenerate': 'admin',
  'join-code-restore': 'admin',
  'join-code-settings': 'admin',
  'join-code-history': 'admin',
  'join-card-pdf': 'admin',
  'code-policy-get': 'admin',
  'code-policy-update': 'admin',
  'learners-list': 'admin',
  'learners-get': 'admin',
  'learners-add': 'admin',
  'learners-reassign': 'admin',
  'learners-remove': 'admin',
  'learners-erase': 'admin',
  'learners-export': 'admin',
  'learners-update': 'admin',
  'learners-merge': 'admin',
  'learners-import-preview': 'admin',
  'learners-import-commit': 'admin',
  'learners-import-progress': 'admin',
  'courses-create': 'admin',
  'courses-list': 'admin',
  'courses-update': 'admin',
  'group-courses-set': 'admin',
  'course-groups-set': 'admin',
  'progress-set': 'admin',
  'progress-set-many': 'admin',
  'progress-group': 'admin',
  'reports-dashboard': 'admin',
  'export-csv': 'admin',
  'audit-list': 'admin',
  'kiosk-open': 'admin',
  'kiosk-register': 'kiosk',
  'kiosk-status': 'kiosk',
  'kiosk-exit': 'kiosk',
  'kiosk-overview': 'admin',
  'kiosk-unlock': 'admin',
  'kiosk-settings-get': 'admin',
  'kiosk-settings-update': 'admin',
  'backup-list': 'admin',
  'backup-create': 'admin',
  'backup-restore': 'admin',
  'backup-save-copy': 'admin',
  'backup-import-file': 'admin',
  'backup-settings-get': 'admin',
  'backup-settings-update': 'admin',
  'backup-auto-run': 'admin',
  'language-settings-get': 'admin',
  'language-settings-update': 'admin',
  'admin-pin-set': 'admin',
  'session-link': 'admin',
  'network-status': 'admin',
  'network-set': 'admin',
  'group-room-link': 'admin',
  'group-live': 'admin',
  'stations-list': 'admin',
  'station-pair-start': 'admin',
  'station-remove': 'admin',
} as const satisfies Record<string, Audience>;

export type ChannelName = keyof typeof CHANNEL_AUDIENCES;

export const CHANNELS = Object.keys(CHANNEL_AUDIENCES) as ChannelName[];

export const isChannel = (name: string): name is ChannelName => Object.prototype.hasOwnProperty.call(CHANNEL_AUDIENCES, name);

/** The admin may call everything; the kiosk only what is marked for it. */
export const audienceMayCall = (audience: Audience, c: ChannelName): boolean =>
  audience === 'admin' || CHANNEL_AUDIENCES[c] === 'kiosk';

export const channelsFor = (audience: Audience): ChannelName[] => CHANNELS.filter((c) => audienceMayCall(audience, c));
