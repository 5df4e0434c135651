import type { PasswordInputProps } from '@mantine/core';
import { PasswordInput } from '@mantine/core';

/** The admin PIN, wherever it is typed: hidden, with digits on a touch keyboard. */
export function PinField(props: PasswordInputProps) {
  return <PasswordInput inputMode="numeric" {...props} />;
}
