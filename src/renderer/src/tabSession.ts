/**
 * Serve mode signs in one browser tab, not the whole browser: the sign-in link's redirect hands this
 * tab a secret in the URL fragment; it is kept in this tab's sessionStorage (which no other tab
 * shares — not a tab opened with `noopener`, not a kiosk tab whose learner types the admin address)
 * and sent with every call. The desktop app has no need of it.
 */
const KEY = 'joindesk-tab';

function takeFromAddress(): string | null {
  const found = /^#tab=([A-Za-z0-9_-]+)$/.exec(window.location.hash)?.[1] ?? null;
  if (found) {
    sessionStorage.setItem(KEY, found);
    // Out of the address bar and this history entry.
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return found;
}

const secret = takeFromAddress() ?? sessionStorage.getItem(KEY);

/** Whether this tab may call JoinDesk at all: the desktop app's windows, or a signed-in browser tab. */
export const tabSignedIn = window.api !== undefined || secret !== null;

/** Headers every call from this tab carries. */
export const tabHeaders = (): Record<string, string> => (secret ? { 'X-JoinDesk-Tab': secret } : {});
