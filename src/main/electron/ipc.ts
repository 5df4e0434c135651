import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { Audience } from '../../shared/contract';
import { CHANNELS } from '../../shared/contract';
import { AppError, fail } from '../../shared/result';
import type { Core } from '../core';
import { isAppUrl } from './security';

/**
 * One handler per contract channel. A call counts only from a frame on our own origin, and only
 * with the audience of the window it came from: the kiosk window can never reach admin channels.
 */
export function registerIpc(core: Core, audienceOf: (sender: WebContents) => Audience | undefined): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      const audience = audienceOf(event.sender);
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url) || !audience) {
        return fail(new AppError('forbidden', { id: 'request.notFromWindow' }).data);
      }
      return core.invoke(channel, input, audience, { caller: event.sender, kioskId: 'desktop' });
    });
  }
}
