import type { Result } from '../../../shared/result';
import { tabHeaders } from '../tabSession';
import { saveBlob } from './download';

/**
 * Files in serve mode move as downloads and uploads on the page's own origin, with the session's
 * cookie; their names are main's. (The desktop app uses main's own dialogs instead.)
 */
/** Fetched with this tab's secret (a plain link could not carry it), then handed to the browser to save. */
export async function downloadBackup(name: string): Promise<Result<null>> {
  try {
    const res = await fetch(`/files/backups/${encodeURIComponent(name)}`, { credentials: 'same-origin', headers: tabHeaders() });
    if (!res.ok) return (await res.json()) as Result<null>;
    saveBlob(name, await res.blob());
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The backup could not be downloaded. Is JoinDesk still running?' } };
  }
}

export async function uploadBackup(file: File): Promise<Result<{ name: string; bytes: number }>> {
  try {
    const res = await fetch('/files/backups', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/octet-stream', ...tabHeaders() },
      body: file,
    });
    return (await res.json()) as Result<{ name: string; bytes: number }>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The file could not be sent. Is JoinDesk still running?' } };
  }
}
