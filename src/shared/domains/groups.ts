import { z } from 'zod';
import { GROUP_NAME_MAX } from '../limits';
import { cleanName, codePointLength } from '../names';
import { schemaText } from '../text';
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
  .string(schemaText('field.groupNameRequired'))
  .max(1000, schemaText('field.groupNameFarTooLong'))
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, schemaText('field.groupNameRequired'))
      .refine((s) => codePointLength(s) <= GROUP_NAME_MAX, schemaText('field.groupNameTooLong')),
  );

/** A role as a group gives it; a learner's own role is checked by the same rule. Its message names ROLES. */
export const role = z.enum(ROLES, schemaText('field.role'));

export const groupSchemas = {
  groupsCreate: z.strictObject({ name: groupName, description: description.optional(), role: role.optional() }),
  groupsList: z.strictObject({ search, codeState: z.enum(CODE_STATES, schemaText('field.codeState')).optional(), limit, offset }),
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
