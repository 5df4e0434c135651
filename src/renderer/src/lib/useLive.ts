import { useEffect, useState } from 'react';
import type { GroupLive } from '../../../shared/types';
import { useChannel } from './useChannel';

/** How often live views ask again. Small answers, one channel: cheap enough for a whole room. */
export const LIVE_POLL_MS = 2000;

/**
 * The one mechanism for live arrivals (DESIGN §5): `group-live` read through the contract every
 * LIVE_POLL_MS while the view is shown. Used by the presenter view and the group page's member list.
 * Failures stay quiet (the next poll tries again); the last answer stays on screen meanwhile.
 */
export function useGroupLive(groupId: number | null): GroupLive | null {
  const tick = usePollTick(groupId !== null);
  const { data } = useChannel('group-live', groupId === null ? null : { groupId }, {
    refresh: [tick],
    onError: () => undefined,
  });
  return data && data.groupId === groupId ? data : null;
}

/** Counts up every LIVE_POLL_MS while `active`: put it in a `useChannel` refresh list to poll that read. */
export function usePollTick(active: boolean): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setTick((t) => t + 1), LIVE_POLL_MS);
    return () => clearInterval(timer);
  }, [active]);
  return tick;
}
