import { notifications } from '@mantine/notifications';
import type { AppErrorData, Result } from '../../../shared/result';
import { adminText, errorWords } from '../i18n/admin';

/** For calls whose failure has no form field to land on: tell the admin, return null. */
export async function callOrNotify<T>(pending: Promise<Result<T>>): Promise<T | null> {
  const result = await pending;
  if (result.ok) return result.value;
  notifyError(result.error);
  return null;
}

export function notifyError(error: AppErrorData): void {
  notifications.show({ color: 'red', title: adminText('app.failed'), message: errorWords(error) });
}

/** What `showFieldError` needs of a Mantine form. */
interface FieldErrorTarget {
  getValues: () => object;
  setFieldError: (field: string, message: string) => void;
}

/**
 * The one way a server error reaches a form: on the field it names, when the form has that field;
 * otherwise on `otherwise` when the form is about one field (a PIN), or else in a notification.
 */
export function showFieldError(error: AppErrorData, form: FieldErrorTarget, otherwise?: string): void {
  const field = error.field !== undefined && error.field in form.getValues() ? error.field : otherwise;
  if (field) form.setFieldError(field, errorWords(error));
  else notifyError(error);
}
