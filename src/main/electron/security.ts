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

/** An email draft is the one thing that may leave the app, and only to the system's mail program. */
const isMailto = (url: string): boolean => url.startsWith('mailto:') && url.length < 8192;

/** No navigation away, no pop-ups, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isMailto(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isMailto(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Every permission request (camera, notifications, …) is refused: JoinDesk needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
