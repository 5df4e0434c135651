// Compiled by `npm run typecheck` (tsconfig.node.json includes test/**), never run: each
// `@ts-expect-error` below must meet an error, or tsc fails. It proves that the handler table is
// checked against the contract — a channel with no handler, or a handler of the wrong input or
// output, does not compile.
import type { ChannelsOf } from '../../../src/shared/contract';
import type { groupChannels } from '../../../src/shared/domains/groups';
import type { Group } from '../../../src/shared/types';
import type { HandlerMap, Handlers } from '../../../src/main/core';
import { groupHandlers } from '../../../src/main/core/groups';

type GroupChannel = ChannelsOf<typeof groupChannels>;
declare const group: Group;

// The real domain map has exactly the domain's channels.
export const fine: HandlerMap<GroupChannel> = groupHandlers;

// A channel without a handler.
// @ts-expect-error 'groups-clone' has no handler
export const missing: HandlerMap<GroupChannel> = {
  'groups-create': groupHandlers['groups-create'],
  'groups-list': groupHandlers['groups-list'],
  'groups-get': groupHandlers['groups-get'],
  'groups-update': groupHandlers['groups-update'],
};

// The whole table without one domain.
// @ts-expect-error the table lacks every channel but the groups ones
export const partialTable: Handlers = { ...groupHandlers };

// A handler written for an input its schema does not give.
export const wrongInput: HandlerMap<'groups-get'> = {
  // @ts-expect-error groups-get parses `{ id }`, not `{ groupId }`
  'groups-get': (_ctx, input: { groupId: number }) => ({ ...group, id: input.groupId }),
};

// A handler answering something other than the contract's output.
export const wrongOutput: HandlerMap<'groups-get'> = {
  // @ts-expect-error groups-get answers a Group, not a list of them
  'groups-get': () => [group],
};

// Domain work is synchronous: only host channels may answer with a promise.
export const promised: HandlerMap<'groups-get'> = {
  // @ts-expect-error a domain handler may not answer later
  'groups-get': async () => group,
};

// A channel the contract does not have.
export const extra: HandlerMap<GroupChannel> = {
  ...groupHandlers,
  // @ts-expect-error no such channel in the groups domain
  'groups-drop': () => ({ dropped: true }),
};
