import { z } from 'zod';
import type { Text } from '../text';
import { CSV_MAX_MB } from '../limits';
import { schemaText } from '../text';
import { channel } from './define';
import { nothing } from './fields';

/** Why a row of the file is not written. */
export type ImportReason = 'invalid' | 'duplicate' | 'registered' | 'member' | 'full';

/** A row with a problem: its name and email as typed (cut to 200 characters), and what is wrong. */
export interface ImportRowError {
  line: number;
  name: string;
  email: string;
  /** invalid: a cell is wrong; duplicate: the email is on an earlier line of the file. */
  reason: 'invalid' | 'duplicate';
  message: string;
  /** `message` as an id and values, for the screen to word in the admin's language. */
  reasonText: Text;
  field?: 'name' | 'email' | 'group';
}

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  groupName: string;
  /** new: will be added; existing: registered already, in `currentGroupName`; member: already in this group. */
  status: 'new' | 'existing' | 'member';
  currentGroupName?: string;
}

/** What to do with learners already registered in another group. */
export type ExistingChoice = 'skip' | 'move';
/** When a group would go past its maximum: import only up to it, or import all and raise it. */
export type OverLimitChoice = 'fit' | 'raise';

/** What an import would write, for one pair of choices: every valid row lands in exactly one count. */
export interface ImportOutcome {
  added: number;
  moved: number;
  /** Registered already and left where they are (in another group with skip, or in this group). */
  registered: number;
  /** Left out because their group was at its maximum. */
  full: number;
}

/** A group this file would take past its maximum (the join code's max uses) with one choice or the other. */
export interface ImportGroupLimit {
  groupId: number;
  groupName: string;
  maxUses: number;
  /** Seats taken now: sign-ups with the current code and learners earlier imports put in. */
  usedCount: number;
  /** Learners this file would put in the group: new ones, and with `move` the ones moved in. */
  incoming: Record<ExistingChoice, number>;
}

export interface ImportPreview {
  /** Data rows in the file. */
  total: number;
  /** The header row, as typed. */
  columns: string[];
  /** Rows without a problem (new, existing and member). */
  valid: number;
  existing: number;
  members: number;
  invalid: number;
  duplicates: number;
  /** invalid + duplicates. */
  errorCount: number;
  /** The first problem rows (up to a thousand). */
  errors: ImportRowError[];
  /** The first rows already registered (existing and member; up to a thousand). */
  registered: ImportRow[];
  /** The first rows that will be imported, to show the admin. */
  sample: ImportRow[];
  /** Groups that would go past their maximum; empty when none would. */
  limits: ImportGroupLimit[];
  /** Exact counts for each choice, so every button and line says what will happen. */
  outcomes: Record<ExistingChoice, Record<OverLimitChoice, ImportOutcome>>;
}

/** A row the import did not write: its name and email (as in `ImportRowError`), its cells as in the file, and why. */
export interface ImportRejectedRow {
  line: number;
  name: string;
  email: string;
  cells: string[];
  reason: ImportReason;
  message: string;
  /** `message` as an id and values, for the screen to word in the admin's language. */
  reasonText: Text;
}

export interface ImportSummary extends ImportOutcome {
  invalid: number;
  duplicates: number;
  /** Groups whose maximum the import raised (only with `overLimit: 'raise'`). */
  raised: { groupId: number; groupName: string; from: number; to: number }[];
  /** The header row, as typed: with `reason`, the columns of the rejected-rows file. */
  columns: string[];
  /** Every row not written, in file order. */
  rejected: ImportRejectedRow[];
}

// 30 MB is several times what 100,000 rows need, and fits the serve-mode body limit (32 MiB).
const csvText = z.string(schemaText('field.csvText')).max(CSV_MAX_MB * 1_000_000, schemaText('field.csvTooLarge'));

export const csvImportSchemas = {
  learnersImportPreview: z.strictObject({ csv: csvText }),
  learnersImportCommit: z.strictObject({
    csv: csvText,
    existing: z.enum(['skip', 'move'], schemaText('field.importExisting')),
    /**
     * Required when the file would take a group past its maximum: `fit` leaves out the rows past it,
     * `raise` imports them all and raises the maximum to fit. Without it, such an import is refused;
     * and no import ever goes past a maximum unless told to raise it.
     */
    overLimit: z.enum(['fit', 'raise'], schemaText('field.importOverLimit')).optional(),
  }),
  importProgress: nothing,
};

export const csvImportChannels = {
  'learners-import-preview': channel<ImportPreview>()('admin', csvImportSchemas.learnersImportPreview),
  'learners-import-commit': channel<ImportSummary>()('admin', csvImportSchemas.learnersImportCommit),
  'learners-import-progress': channel<{ done: number; total: number } | null>()('admin', csvImportSchemas.importProgress),
};
