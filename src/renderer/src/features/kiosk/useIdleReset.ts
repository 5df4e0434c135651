import { useEffect, useRef, useState } from 'react';

export const IDLE_WARNING_SECONDS = 30;
const ACTIVITY = ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'] as const;

/**
 * After `idleSeconds` without input while `armed` (something typed, or a result showing), warns
 * for IDLE_WARNING_SECONDS, then calls `onReset`. Any input, or `stillHere()`, starts over.
 */
export function useIdleReset(idleSeconds: number, armed: boolean, onReset: () => void) {
  const [warningUntil, setWarningUntil] = useState<number | null>(null);
  const [activity, setActivity] = useState(0);
  const resetRef = useRef(onReset);
  useEffect(() => {
    resetRef.current = onReset;
  });

  useEffect(() => {
    const bump = () => {
      setWarningUntil(null);
      setActivity((n) => n + 1);
    };
    for (const e of ACTIVITY) window.addEventListener(e, bump, { passive: true, capture: true });
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, bump, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (!armed) return;
    const warn = window.setTimeout(() => setWarningUntil(Date.now() + IDLE_WARNING_SECONDS * 1000), idleSeconds * 1000);
    return () => window.clearTimeout(warn);
  }, [armed, idleSeconds, activity]);

  useEffect(() => {
    if (!warningUntil) return;
    const clear = window.setTimeout(() => {
      setWarningUntil(null);
      resetRef.current();
    }, warningUntil - Date.now());
    return () => window.clearTimeout(clear);
  }, [warningUntil]);

  return {
    warningUntil: armed ? warningUntil : null,
    stillHere: () => {
      setWarningUntil(null);
      setActivity((n) => n + 1);
    },
  };
}
