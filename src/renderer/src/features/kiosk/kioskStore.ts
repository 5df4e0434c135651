import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/result';
import type { LanguageTag } from '../../../../shared/languages';
import type { KioskStatus, Registration } from '../../../../shared/types';
import { kioskApi } from '../../api';

interface KioskState {
  status: KioskStatus | null;
  /** The first `kiosk-status` call has answered (or failed): the screen knows its language now. */
  statusTried: boolean;
  /** The language this learner chose, or null for the room's default: every reset forgets it. */
  language: LanguageTag | null;
  submitting: boolean;
  error: AppErrorData | null;
  registration: Registration | null;
  /** When the sign-up throttle delay ends (ms since epoch, this screen's clock), or null. */
  retryAt: number | null;
  /** When the exit-PIN delay ends: a throttle of its own, so it never holds up sign-up. */
  exitRetryAt: number | null;
  /** Bumped on every reset so the form remounts empty: nothing a learner typed survives. */
  formKey: number;
  /** JoinDesk holds the data for a moment (a restore, an import) and sign-up retries by itself. */
  paused: boolean;
  loadStatus: () => Promise<void>;
  register: (input: { name: string; email: string; code: string }) => Promise<void>;
  exit: (pin: string) => Promise<AppErrorData | null>;
  clearError: () => void;
  chooseLanguage: (tag: LanguageTag) => void;
  reset: () => void;
}

const retryAtFrom = (seconds: number | undefined | null) => (seconds ? Date.now() + seconds * 1000 : null);

export const useKioskStore = create<KioskState>()((set, get) => ({
  status: null,
  statusTried: false,
  language: null,
  submitting: false,
  error: null,
  registration: null,
  retryAt: null,
  exitRetryAt: null,
  formKey: 0,
  paused: false,
  loadStatus: async () => {
    const result = await kioskApi['kiosk-status']({});
    if (result.ok) set({ status: result.value, retryAt: retryAtFrom(result.value.throttled?.retryAfterSeconds) });
    set({ statusTried: true });
  },
  register: async (input) => {
    set({ submitting: true, error: null });
    const { formKey } = get();
    const giveUpAt = Date.now() + 120_000;
    let result = await kioskApi['kiosk-register'](input);
    // A restore or an import holds the data for a few seconds: say so, and try again by itself.
    while (!result.ok && result.error.code === 'paused' && Date.now() < giveUpAt) {
      const seconds = Math.max(1, result.error.retryAfterSeconds ?? 1);
      set({ paused: true });
      await new Promise((resume) => setTimeout(resume, seconds * 1000));
      // The screen was reset meanwhile (the learner walked away): this sign-up is not theirs to finish.
      if (get().formKey !== formKey) return;
      result = await kioskApi['kiosk-register'](input);
    }
    set({ paused: false });
    if (result.ok) {
      set({ submitting: false, registration: result.value, retryAt: null });
      return;
    }
    set({ submitting: false, error: result.error, retryAt: retryAtFrom(result.error.retryAfterSeconds) ?? get().retryAt });
    if (result.error.code === 'kiosk-locked') await get().loadStatus();
  },
  exit: async (pin) => {
    const result = await kioskApi['kiosk-exit']({ pin });
    if (result.ok) return null;
    set({ exitRetryAt: retryAtFrom(result.error.retryAfterSeconds) ?? get().exitRetryAt });
    // That wrong PIN may have locked the kiosk: the screen shows so at once.
    await get().loadStatus();
    return result.error;
  },
  clearError: () => set({ error: null }),
  chooseLanguage: (tag) => set({ language: tag }),
  reset: () => {
    const { status, statusTried, retryAt, exitRetryAt, formKey } = get();
    // Everything the learner gave goes, their language too; the kiosk's own state stays. The form remounts empty.
    set({ ...useKioskStore.getInitialState(), status, statusTried, retryAt, exitRetryAt, formKey: formKey + 1 });
    // Best effort: a learner may have copied their email. Browsers may refuse; nothing else to do then.
    void navigator.clipboard?.writeText('').catch(() => undefined);
  },
}));
