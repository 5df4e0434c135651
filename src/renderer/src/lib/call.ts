import { notifications } from '@mantine/notifications';
import type { AppErrorData, Result } from '../../../shared/result';

/** For calls whose failure has no form field to land on: tell the admin, return null. */
export async function callOrNotify<T>(pending: Promise<Result<T>>): Promise<T | null> {
  const result = await pending;
  if (result.ok) return result.value;
  notifyError(result.error);
  return null;
}

export function notifyError(error: AppErrorData): void {
  notifications.show({ color: 'red', title: 'That did not work', message: error.message });
}

export const formatDate = (iso: string): string =>
  new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export const formatDateTime = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Puts an error on its form field when it names one, or in a notification when it does not. */
export function showFieldError(error: AppErrorData, setFieldError: (field: string, message: string) => void): void {
  if (error.field) setFieldError(error.field, error.message);
  else notifyError(error);
}
