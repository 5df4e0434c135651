import type { PasswordInputProps } from '@mantine/core';
import { PasswordInput } from '@mantine/core';

/**
 * The admin PIN, wherever it is typed: hidden, with digits on a touch keyboard. `showLabel` names
 * the eye that shows it, in the page's words (the kiosk and the admin have their own catalogues).
 */
export function PinField({ showLabel, ...props }: PasswordInputProps & { showLabel: string }) {
  return <PasswordInput inputMode="numeric" visibilityToggleButtonProps={{ 'aria-label': showLabel }} {...props} />;
}
