import { create } from 'zustand';
import type { Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';

interface CurrentGroupState {
  /** The group the group page shows, read fresh on every visit, tab change and return to the app. */
  group: Group | null;
  /** The group asked for does not exist (any more). */
  missing: boolean;
  /** Reads group `id`; `group` stays as it is while the same group is read again. */
  load: (id: number) => Promise<void>;
  /** Reads the shown group again, after a change made elsewhere (a learner moved, the window refocused). */
  reload: () => void;
  /** Takes the group a save answered with: every card on the page shows it at once. */
  set: (group: Group) => void;
  reset: () => void;
}

// Only the latest read counts: an answer to an older one (another group, a slower request) is dropped.
let latest = 0;

export const useCurrentGroup = create<CurrentGroupState>()((set, get) => ({
  group: null,
  missing: false,
  load: async (id) => {
    const ticket = ++latest;
    if (get().group?.id !== id) set({ group: null, missing: false });
    const result = await adminApi['groups-get']({ id });
    if (ticket !== latest) return;
    if (result.ok) set({ group: result.value, missing: false });
    else if (result.error.code === 'not-found') set({ group: null, missing: true });
    else notifyError(result.error);
  },
  reload: () => {
    const { group, load } = get();
    if (group) void load(group.id);
  },
  set: (group) => set({ group }),
  reset: () => {
    latest++;
    set(useCurrentGroup.getInitialState());
  },
}));
