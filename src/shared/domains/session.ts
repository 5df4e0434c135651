import { z } from 'zod';
import { schemaText } from '../text';
import { channel } from './define';

export const sessionSchemas = {
  sessionLink: z.strictObject({ audience: z.enum(['admin', 'kiosk'], schemaText('field.audience')) }),
};

export const sessionChannels = {
  /** Serve mode only: a fresh one-time sign-in link for a browser (the kiosk's is on the kiosk origin). */
  'session-link': channel<{ url: string }>()('admin', sessionSchemas.sessionLink),
};
