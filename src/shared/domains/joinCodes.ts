import { z } from 'zod';
import { CUSTOM_MAX_LENGTH, CUSTOM_MIN_LENGTH } from '../joinCode';
import { channel } from './define';
import { id, instant, joinCode, nothing } from './fields';
import type { Group } from './groups';

export interface JoinCodeSaved {
  group: Group;
  /** Advice about the code that was saved (e.g. shorter than recommended). */
  warning?: string;
}

/** One code a group has had: the live one (retiredAt null) or a retired one. */
export interface CodeHistoryEntry {
  joinCode: string;
  generated: boolean;
  setAt: string;
  retiredAt: string | null;
  /** Sign-ups made with this code. */
  joinCount: number;
}

/** How custom codes may be set. */
export interface CodePolicy {
  /** Only generated codes: the pencil is turned off. */
  generatedOnly: boolean;
  /** Minimum length of a custom code, 6–32. */
  minLength: number;
}

/** What the host did with a join card: the desktop app saves a PDF; a browser prints the page itself. */
export type JoinCardResult = { handledBy: 'browser' } | { handledBy: 'desktop'; savedTo: string | null };

export const joinCodeSchemas = {
  joinCodeHistory: z.strictObject({ groupId: id }),
  joinCard: z.strictObject({ groupId: id }),
  codePolicyGet: nothing,
  codePolicyUpdate: z.strictObject({
    generatedOnly: z.boolean('Expected true or false.').optional(),
    minLength: z
      .int('Expected a whole number.')
      .min(CUSTOM_MIN_LENGTH, `At least ${CUSTOM_MIN_LENGTH}.`)
      .max(CUSTOM_MAX_LENGTH, `At most ${CUSTOM_MAX_LENGTH}.`)
      .optional(),
  }),
  joinCodeUpdate: z.strictObject({ groupId: id, code: z.string('Enter a join code.').max(200, 'That join code is too long.') }),
  joinCodeRegenerate: z.strictObject({ groupId: id }),
  /** Brings back one of the group's own retired codes. */
  joinCodeRestore: z.strictObject({ groupId: id, code: joinCode }),
  joinCodeSettings: z.strictObject({
    groupId: id,
    enabled: z.boolean('Expected true or false.').optional(),
    validFrom: instant.nullable().optional(),
    validUntil: instant.nullable().optional(),
    maxUses: z.int('Expected a whole number.').min(1, 'Max uses must be at least 1.').max(1_000_000).nullable().optional(),
  }),
};

export const joinCodeChannels = {
  'join-code-update': channel<JoinCodeSaved>()('admin', joinCodeSchemas.joinCodeUpdate),
  'join-code-regenerate': channel<Group>()('admin', joinCodeSchemas.joinCodeRegenerate),
  'join-code-restore': channel<Group>()('admin', joinCodeSchemas.joinCodeRestore),
  'join-code-settings': channel<Group>()('admin', joinCodeSchemas.joinCodeSettings),
  'join-code-history': channel<CodeHistoryEntry[]>()('admin', joinCodeSchemas.joinCodeHistory),
  'join-card-pdf': channel<JoinCardResult>()('admin', joinCodeSchemas.joinCard),
  'code-policy-get': channel<CodePolicy>()('admin', joinCodeSchemas.codePolicyGet),
  'code-policy-update': channel<CodePolicy>()('admin', joinCodeSchemas.codePolicyUpdate),
};
