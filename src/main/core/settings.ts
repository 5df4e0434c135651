import { CUSTOM_MIN_LENGTH } from '../../shared/joinCode';
import type { BackupSettings, CodePolicy, KioskSettings } from '../../shared/types';
import { recordAudit } from './audit';
import type { Ctx } from './env';
import { inTransaction } from './env';

const DEFAULT_POLICY: CodePolicy = { generatedOnly: false, minLength: CUSTOM_MIN_LENGTH };

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

export const getCodePolicy = (ctx: Ctx): CodePolicy => readSetting(ctx, 'codePolicy', DEFAULT_POLICY);

export function updateCodePolicy(ctx: Ctx, input: Partial<CodePolicy>): CodePolicy {
  return inTransaction(ctx, () => {
    const next = { ...getCodePolicy(ctx), ...input };
    writeSetting(ctx, 'codePolicy', next);
    recordAudit(ctx, 'code-policy-changed');
    return next;
  });
}

const DEFAULT_KIOSK: KioskSettings = { orgName: '', welcome: '', idleSeconds: 90 };

export const getKioskSettings = (ctx: Ctx): KioskSettings => readSetting(ctx, 'kiosk', DEFAULT_KIOSK);

export function updateKioskSettings(ctx: Ctx, input: Partial<KioskSettings>): KioskSettings {
  return inTransaction(ctx, () => {
    const next = { ...getKioskSettings(ctx), ...input };
    writeSetting(ctx, 'kiosk', next);
    recordAudit(ctx, 'kiosk-settings-changed');
    return next;
  });
}

const DEFAULT_BACKUPS: BackupSettings = { autoDaily: true, keep: 14 };

export const getBackupSettings = (ctx: Ctx): BackupSettings => readSetting(ctx, 'backups', DEFAULT_BACKUPS);

export function updateBackupSettings(ctx: Ctx, input: Partial<BackupSettings>): BackupSettings {
  return inTransaction(ctx, () => {
    const next = { ...getBackupSettings(ctx), ...input };
    writeSetting(ctx, 'backups', next);
    recordAudit(ctx, 'backup-settings-changed');
    return next;
  });
}
