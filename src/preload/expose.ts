import { contextBridge, ipcRenderer } from 'electron';
import type { Audience } from '../shared/channels';
import { channelsFor } from '../shared/channels';

/** Exposes `window.api` with one function per channel this window's audience may call, and no others. */
export function exposeApi(audience: Audience): void {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of channelsFor(audience)) {
    api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
  }
  contextBridge.exposeInMainWorld('api', Object.freeze(api));
}
