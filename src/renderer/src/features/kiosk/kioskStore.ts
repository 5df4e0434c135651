import { create } from 'zustand';
import type { AppErrorData } from '../../../../shared/result';
import type { Registration } from '../../../../shared/types';
import { kioskApi } from '../../api';

interface KioskState {
  submitting: boolean;
  error: AppErrorData | null;
  registration: Registration | null;
  /** Bumped on every reset so the form remounts empty: nothing a learner typed survives. */
  formKey: number;
  register: (input: { name: string; email: string; code: string }) => Promise<void>;
  clearError: () => void;
  reset: () => void;
}

export const useKioskStore = create<KioskState>()((set, get) => ({
  submitting: false,
  error: null,
  registration: null,
  formKey: 0,
  register: async (input) => {
    set({ submitting: true, error: null });
    const result = await kioskApi['kiosk-register'](input);
    set(result.ok ? { submitting: false, registration: result.value } : { submitting: false, error: result.error });
  },
  clearError: () => set({ error: null }),
  reset: () => set({ ...useKioskStore.getInitialState(), formKey: get().formKey + 1 }),
}));
