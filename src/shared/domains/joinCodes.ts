import { z } from 'zod';
import { CUSTOM_MAX_LENGTH, CUSTOM_MIN_LENGTH, MAX_USES_MAX, MAX_USES_MIN } from '../limits';
import { schemaText } from '../text';
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
    generatedOnly: z.boolean(schemaText('field.trueOrFalse')).optional(),
    minLength: z
      .int(schemaText('field.wholeNumber'))
      .min(CUSTOM_MIN_LENGTH, schemaText('field.codeMinLengthLow'))
      .max(CUSTOM_MAX_LENGTH, schemaText('field.codeMinLengthHigh'))
      .optional(),
  }),
  joinCodeUpdate: z.strictObject({
    groupId: id,
    code: z.string(schemaText('field.codeRequired')).max(200, schemaText('field.codeTooLong')),
  }),
  joinCodeRegenerate: z.strictObject({ groupId: id }),
  /** Brings back one of the group's own retired codes. */
  joinCodeRestore: z.strictObject({ groupId: id, code: joinCode }),
  joinCodeSettings: z.strictObject({
    groupId: id,
    enabled: z.boolean(schemaText('field.trueOrFalse')).optional(),
    validFrom: instant.nullable().optional(),
    validUntil: instant.nullable().optional(),
    maxUses: z
      .int(schemaText('field.wholeNumber'))
      .min(MAX_USES_MIN, schemaText('field.maxUsesLow'))
      .max(MAX_USES_MAX, schemaText('field.maxUsesHigh'))
      .nullable()
      .optional(),
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
