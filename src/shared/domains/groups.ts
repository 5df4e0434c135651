import { z } from 'zod';
import { cleanName, codePointLength } from '../names';
import { channel } from './define';
import type { Page } from './fields';
import { description, id, limit, offset, search } from './fields';

/** Whether a code accepts sign-ups now, and if not, why. */
export const CODE_STATES = ['active', 'paused', 'scheduled', 'expired', 'full'] as const;
export type CodeState = (typeof CODE_STATES)[number];

/** The role a group gives the people who join it. */
export const ROLES = ['learner', 'instructor', 'manager'] as const;
export type Role = (typeof ROLES)[number];

export interface Group {
  id: number;
  name: string;
  description: string;
  /** Role a learner gets on joining. */
  role: Role;
  /** As shown to people: `XXXX-XXXX` for generated codes, as typed for custom ones. */
  joinCode: string;
  joinCodeGenerated: boolean;
  codeState: CodeState;
  codeEnabled: boolean;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
  /** Sign-ups with the current code. */
  usedCount: number;
  memberCount: number;
  createdAt: string;
  codeChangedAt: string;
}

const groupName = z
  .string('Enter a group name.')
  .max(1000, 'That group name is too long.')
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, 'Enter a group name.')
      .refine((s) => codePointLength(s) <= 120, 'Group names can have at most 120 characters.'),
  );

/** A role as a group gives it; a learner's own role is checked by the same rule. */
export const role = z.enum(ROLES, `Choose one of: ${ROLES.join(', ')}.`);

export const groupSchemas = {
  groupsCreate: z.strictObject({ name: groupName, description: description.optional(), role: role.optional() }),
  groupsList: z.strictObject({ search, codeState: z.enum(CODE_STATES, 'Unknown code state.').optional(), limit, offset }),
  groupsGet: z.strictObject({ id }),
  groupsUpdate: z.strictObject({ id, name: groupName.optional(), description: description.optional(), role: role.optional() }),
  groupsClone: z.strictObject({ id, name: groupName }),
};

export const groupChannels = {
  'groups-create': channel<Group>()('admin', groupSchemas.groupsCreate),
  'groups-list': channel<Page<Group>>()('admin', groupSchemas.groupsList),
  'groups-get': channel<Group>()('admin', groupSchemas.groupsGet),
  'groups-update': channel<Group>()('admin', groupSchemas.groupsUpdate),
  'groups-clone': channel<Group>()('admin', groupSchemas.groupsClone),
};
