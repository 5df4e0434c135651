/**
 * Serve mode signs in one browser tab, not the whole browser: the sign-in link's redirect hands this
 * tab a secret in the URL fragment; it is kept in this tab's sessionStorage (which no other tab
 * shares — not a tab opened with `noopener`, not a kiosk tab whose learner types the admin address)
 * and sent with every call. The desktop app has no need of it.
 */
const KEY = 'joindesk-tab';
const JOIN_KEY = 'joindesk-join';

function takeFromAddress(): string | null {
  // A phone that walked up through a room link also gets its group's code (`&join=`, maybe empty).
  const match = /^#tab=([A-Za-z0-9_-]+)(?:&join=([0-9A-Za-z-]{0,40}))?$/.exec(window.location.hash);
  const found = match?.[1] ?? null;
  if (found) {
    sessionStorage.setItem(KEY, found);
    if (match?.[2] !== undefined) sessionStorage.setItem(JOIN_KEY, match[2]);
    else sessionStorage.removeItem(JOIN_KEY);
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

/** A phone on the room network: the code its room link carried ('' for none); null for any other screen. */
export const phoneJoinCode: string | null = secret ? sessionStorage.getItem(JOIN_KEY) : null;
