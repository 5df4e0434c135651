import type { Api, Audience, KioskApi } from '../../shared/contract';
import { channelsFor } from '../../shared/channels';
import type { Result } from '../../shared/result';
import { tabHeaders } from './tabSession';

/**
 * The desktop app's preload provides `window.api`. In a browser (serve mode) the same shape is
 * built over HTTP from the same contract, so screens never know which one they talk to. The
 * audience only picks which functions exist here: the server alone decides what a request may do.
 */
function httpApi(audience: Audience): Record<string, (input: unknown) => Promise<Result<unknown>>> {
  const api: Record<string, (input: unknown) => Promise<Result<unknown>>> = {};
  for (const channel of channelsFor(audience)) {
    api[channel] = async (input) => {
      try {
        const res = await fetch(`/api/${channel}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', ...tabHeaders() },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: 'JoinDesk is not reachable. Is it still running?' } };
      }
    };
  }
  return api;
}

export const adminApi = (window.api as Api | undefined) ?? (httpApi('admin') as unknown as Api);
export const kioskApi = (window.api as KioskApi | undefined) ?? (httpApi('kiosk') as unknown as KioskApi);

/** In the desktop app files go through main's own dialogs; in a browser they download and upload. */
export const isDesktop = window.api !== undefined;
