import { z } from 'zod';
import { channel } from './define';

const pin = z
  .string('Enter the PIN.')
  .max(64, 'That PIN is too long.')
  .regex(/^[0-9]{6,12}$/, 'The admin PIN is 6 to 12 digits.');

export const adminPinSchemas = {
  adminPinSet: z.strictObject({ pin, currentPin: z.string().max(64).optional() }),
};

export const adminPinChannels = {
  'admin-pin-set': channel<{ pinSet: true }>()('admin', adminPinSchemas.adminPinSet),
};
