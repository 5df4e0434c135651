import { z } from 'zod';
import { ADMIN_PIN_MAX_DIGITS, ADMIN_PIN_MIN_DIGITS } from '../limits';
import { schemaText } from '../text';
import { channel } from './define';
import { typedPin } from './fields';

const pin = z
  .string(schemaText('field.pinRequired'))
  .max(64, schemaText('field.pinTooLong'))
  .regex(new RegExp(`^[0-9]{${ADMIN_PIN_MIN_DIGITS},${ADMIN_PIN_MAX_DIGITS}}$`), schemaText('field.adminPinDigits'));

export const adminPinSchemas = {
  adminPinSet: z.strictObject({ pin, currentPin: typedPin.optional() }),
};

export const adminPinChannels = {
  'admin-pin-set': channel<{ pinSet: true }>()('admin', adminPinSchemas.adminPinSet),
};
