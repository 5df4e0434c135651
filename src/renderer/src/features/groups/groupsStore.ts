import { create } from 'zustand';
import type { CodeState, Group } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify } from '../../lib/call';

export const GROUPS_PAGE_SIZE = 25;

interface GroupsState {
  search: string;
  codeState: CodeState | null;
  page: number;
  items: Group[];
  total: number;
  loading: boolean;
  setSearch: (search: string) => void;
  setCodeState: (codeState: CodeState | null) => void;
  setPage: (page: number) => void;
  load: () => Promise<void>;
  reset: () => void;
}

export const useGroupsStore = create<GroupsState>()((set, get) => ({
  search: '',
  codeState: null,
  page: 1,
  items: [],
  total: 0,
  loading: false,
  setSearch: (search) => {
    set({ search, page: 1 });
    void get().load();
  },
  setCodeState: (codeState) => {
    set({ codeState, page: 1 });
    void get().load();
  },
  setPage: (page) => {
    set({ page });
    void get().load();
  },
  load: async () => {
    const { search, codeState, page } = get();
    set({ loading: true });
    const value = await callOrNotify(
      adminApi['groups-list']({
        search: search || undefined,
        codeState: codeState ?? undefined,
        limit: GROUPS_PAGE_SIZE,
        offset: (page - 1) * GROUPS_PAGE_SIZE,
      }),
    );
    // A newer request may have started meanwhile: only the latest query's answer counts.
    const now = get();
    if (now.search !== search || now.codeState !== codeState || now.page !== page) return;
    set(value ? { items: value.items, total: value.total, loading: false } : { loading: false });
  },
  reset: () => set(useGroupsStore.getInitialState()),
}));
