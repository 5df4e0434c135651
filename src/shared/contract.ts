import type { z } from 'zod';
import { CHANNEL_AUDIENCES } from './channels';
import { auditChannels } from './domains/audit';
import { backupChannels } from './domains/backup';
import { courseChannels } from './domains/courses';
import { groupChannels } from './domains/groups';
import { joinCodeChannels } from './domains/joinCodes';
import { kioskChannels } from './domains/kiosk';
import { languageChannels } from './domains/language';
import { csvImportChannels } from './domains/csvImport';
import { learnerChannels } from './domains/learners';
import { progressChannels } from './domains/progress';
import { reportChannels } from './domains/reports';
import { sessionChannels } from './domains/session';
import { networkChannels } from './domains/network';
import { adminPinChannels } from './domains/adminPin';
import type { Result } from './result';

export type { Audience } from './channels';
export { CHANNELS, audienceMayCall, channelsFor, isChannel } from './channels';
export type { ChannelDef } from './domains/define';

/**
 * Every channel, once: the union of the domains (src/shared/domains/*), each entry with its audience,
 * zod input schema and output type. Main's handlers, both preloads and the renderer's api derive from it.
 */
export const contract = {
  ...groupChannels,
  ...joinCodeChannels,
  ...learnerChannels,
  ...csvImportChannels,
  ...courseChannels,
  ...progressChannels,
  ...reportChannels,
  ...auditChannels,
  ...kioskChannels,
  ...backupChannels,
  ...languageChannels,
  ...adminPinChannels,
  ...sessionChannels,
  ...networkChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type KioskChannel = { [C in Channel]: Contract[C]['audience'] extends 'kiosk' ? C : never }[Channel];

/** The channels of one domain's entries, e.g. `ChannelsOf<typeof groupChannels>`. */
export type ChannelsOf<D> = keyof D & Channel;

export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Exclude<Contract[C]['output'], undefined>;

export type Api = { [C in Channel]: (input: Input<C>) => Promise<Result<Output<C>>> };
export type KioskApi = Pick<Api, KioskChannel>;

// The zod-free list in channels.ts names exactly these channels, each with the same audience.
const listedAudiences: { [C in Channel]: Contract[C]['audience'] } = CHANNEL_AUDIENCES;
const nothingBeyondTheContract: [Exclude<keyof typeof CHANNEL_AUDIENCES, Channel>] extends [never] ? true : false = true;
void listedAudiences;
void nothingBeyondTheContract;
