import type { Session, WebContents } from 'electron';
import { shell } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/** True only for a URL on our own app:// origin. (Compared by parts: `URL.origin` is "null" for
 * custom schemes outside Chromium.) */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && !u.username && !u.password && !u.port;
  } catch {
    return false;
  }
}

/**
 * An email draft is the one thing that may leave the app, and only to the system's mail program:
 * `mailto:` with at most a subject and a body. Anything else a mail program reads (`attach=`,
 * `cc=`, headers) could send files or mail the admin did not mean to.
 */
export function safeMailto(url: string): string | null {
  if (url.length >= 8192) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const keys = [...u.searchParams.keys()];
  const allowed = keys.every((k) => k === 'subject' || k === 'body') && new Set(keys).size === keys.length;
  // A bare address or none; anything else (a fragment, `;` parameters, more headers) is not ours.
  if (u.protocol !== 'mailto:' || !allowed || u.hash || !/^[A-Za-z0-9.!$'*+/^_`{|}~@-]*$/.test(u.pathname)) return null;
  // Rebuilt from what was parsed, so the mail program reads exactly these two fields.
  const query = ['subject', 'body']
    .filter((k) => u.searchParams.has(k))
    .map((k) => `${k}=${encodeURIComponent(u.searchParams.get(k)!)}`)
    .join('&');
  return `mailto:${u.pathname}${query ? `?${query}` : ''}`;
}

const openMailto = (url: string): void => {
  const safe = safeMailto(url);
  if (safe) void shell.openExternal(safe);
};

const hardened = new WeakSet<WebContents>();

/** No navigation away, no pop-ups, no webviews. Once per WebContents, however often it is asked. */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openMailto(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openMailto(url);
    return { action: 'deny' };
  });
}

/** Every permission request (camera, notifications, …) is refused: JoinDesk needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
