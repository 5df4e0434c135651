import { useDirection } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';

/** A back button's arrow: it points the way the page reads from, so right in Arabic. */
export function BackArrow({ size = 18 }: { size?: number }) {
  const Arrow = useDirection().dir === 'rtl' ? IconArrowRight : IconArrowLeft;
  return <Arrow size={size} />;
}
