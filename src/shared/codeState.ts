import type { CodeState } from './types';

export interface CodeControls {
  enabled: boolean;
  validFrom: string | null;
  validUntil: string | null;
  maxUses: number | null;
  usedCount: number;
}

/** One rule for the list, the group page and the kiosk: the first reason that stops sign-ups wins. */
export function codeStateAt(code: CodeControls, nowIso: string): CodeState {
  if (!code.enabled) return 'paused';
  if (code.validFrom && nowIso < code.validFrom) return 'scheduled';
  if (code.validUntil && nowIso >= code.validUntil) return 'expired';
  if (code.maxUses !== null && code.usedCount >= code.maxUses) return 'full';
  return 'active';
}
