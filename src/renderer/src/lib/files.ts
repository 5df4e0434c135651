import type { Result } from '../../../shared/result';

/**
 * Files in serve mode move as downloads and uploads on the page's own origin, with the session's
 * cookie; their names are main's. (The desktop app uses main's own dialogs instead.)
 */
export const backupDownloadUrl = (name: string): string => `/files/backups/${encodeURIComponent(name)}`;

export async function uploadBackup(file: File): Promise<Result<{ name: string; bytes: number }>> {
  try {
    const res = await fetch('/files/backups', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    return (await res.json()) as Result<{ name: string; bytes: number }>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The file could not be sent. Is JoinDesk still running?' } };
  }
}
