import { z } from 'zod';
import { channel } from './define';
import { nothing } from './fields';

export interface ImportRowError {
  line: number;
  message: string;
  field?: 'name' | 'email' | 'group';
}

export interface ImportRow {
  line: number;
  name: string;
  email: string;
  groupName: string;
  /** new: will be added; existing: the email is registered already (in `currentGroupName`). */
  status: 'new' | 'existing';
  currentGroupName?: string;
}

export interface ImportPreview {
  /** Data rows in the file. */
  total: number;
  valid: number;
  existing: number;
  errorCount: number;
  /** The first errors (all of them, up to a thousand). */
  errors: ImportRowError[];
  /** The first rows that will be imported, to show the admin. */
  sample: ImportRow[];
}

export interface ImportSummary {
  added: number;
  moved: number;
  skipped: number;
  invalid: number;
}

// 30 MB is several times what 100,000 rows need, and fits the serve-mode body limit (32 MiB).
const csvText = z.string('Expected the CSV file as text.').max(30_000_000, 'That file is too large (30 MB at most).');

export const csvImportSchemas = {
  learnersImportPreview: z.strictObject({ csv: csvText }),
  learnersImportCommit: z.strictObject({ csv: csvText, existing: z.enum(['skip', 'move'], 'Choose skip or move.') }),
  importProgress: nothing,
};

export const csvImportChannels = {
  'learners-import-preview': channel<ImportPreview>()('admin', csvImportSchemas.learnersImportPreview),
  'learners-import-commit': channel<ImportSummary>()('admin', csvImportSchemas.learnersImportCommit),
  'learners-import-progress': channel<{ done: number; total: number } | null>()('admin', csvImportSchemas.importProgress),
};
