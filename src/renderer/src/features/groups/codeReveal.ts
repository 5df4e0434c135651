import { create } from 'zustand';

// Always the same width, so the mask does not give away a custom code's length.
export const CODE_MASK = '••••-••••';

interface CodeRevealState {
  /** The group whose codes the group page shows in the clear, from the eye until it is pressed again. */
  pinned: number | null;
  /** The group whose code the pointer is on: shown while it stays there. */
  hovered: number | null;
  setPinned: (groupId: number | null) => void;
  setHovered: (groupId: number | null) => void;
  reset: () => void;
}

/**
 * Whether a group's codes are revealed on its page: the code card and the code history read the
 * same state, so the history never masks the code the card shows, nor shows one the card hides.
 */
export const useCodeReveal = create<CodeRevealState>()((set) => ({
  pinned: null,
  hovered: null,
  setPinned: (pinned) => set({ pinned }),
  setHovered: (hovered) => set({ hovered }),
  reset: () => set(useCodeReveal.getInitialState()),
}));

export const useCodesShown = (groupId: number): boolean => useCodeReveal((s) => s.pinned === groupId || s.hovered === groupId);
