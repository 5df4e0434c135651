import { CUSTOM_MIN_LENGTH } from '../../shared/joinCode';
import { DEFAULT_LANGUAGE, LANGUAGE_TAGS } from '../../shared/languages';
import { AppError } from '../../shared/result';
import type { ChannelsOf } from '../../shared/contract';
import type { languageChannels, LanguageSettings } from '../../shared/domains/language';
import type { BackupSettings, CodePolicy, KioskSettings } from '../../shared/types';
import type { AuditAction } from './audit';
import { recordAudit } from './audit';
import type { Ctx } from './context';
import { inTransaction } from './context';
import type { HandlerMap } from './handler';

/** A stored setting over its defaults, so a setting added later reads its default from older files. */
export function readSetting<T extends object | null>(ctx: Ctx, key: string, fallback: T): T {
  const row = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? ({ ...fallback, ...(JSON.parse(row.value) as Partial<T>) } as T) : fallback;
}

export function writeSetting(ctx: Ctx, key: string, value: object): void {
  ctx.db
    .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(key, JSON.stringify(value));
}

/** A group of settings with defaults: read it, or change part of it (audited) in one transaction. */
function settingsGroup<T extends object>(key: string, defaults: T, changed: AuditAction, check?: (next: T) => void) {
  const get = (ctx: Ctx): T => readSetting(ctx, key, defaults);
  const update = (ctx: Ctx, input: Partial<T>): T =>
    inTransaction(ctx, () => {
      const next = { ...get(ctx), ...input };
      // Rules between fields hold for the whole group as it will be kept, not just the part sent.
      check?.(next);
      writeSetting(ctx, key, next);
      recordAudit(ctx, changed);
      return next;
    });
  return { get, update };
}

const codePolicy = settingsGroup<CodePolicy>(
  'codePolicy',
  { generatedOnly: false, minLength: CUSTOM_MIN_LENGTH },
  'code-policy-changed',
);
const kiosk = settingsGroup<KioskSettings>(
  'kiosk',
  { orgName: '', welcome: '', idleSeconds: 90, defaultLanguage: DEFAULT_LANGUAGE, languages: [...LANGUAGE_TAGS] },
  'kiosk-settings-changed',
  (next) => {
    if (!next.languages.includes(next.defaultLanguage)) {
      throw new AppError('validation', { id: 'field.defaultLanguageNotOffered' }, { field: 'defaultLanguage' });
    }
  },
);
const backups = settingsGroup<BackupSettings>('backups', { autoDaily: true, keep: 14 }, 'backup-settings-changed');
const language = settingsGroup<LanguageSettings>('language', { language: 'system' }, 'language-settings-changed');

export const { get: getCodePolicy, update: updateCodePolicy } = codePolicy;
export const { get: getKioskSettings, update: updateKioskSettings } = kiosk;
export const { get: getBackupSettings, update: updateBackupSettings } = backups;
export const { get: getLanguageSettings, update: updateLanguageSettings } = language;

export const languageHandlers: HandlerMap<ChannelsOf<typeof languageChannels>> = {
  'language-settings-get': getLanguageSettings,
  'language-settings-update': updateLanguageSettings,
};
