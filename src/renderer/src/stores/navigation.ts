import { create } from 'zustand';

export type Route =
  | { page: 'groups' }
  | { page: 'group'; id: number; tab: GroupTab }
  | { page: 'card'; id: number }
  | { page: 'report'; id: number }
  | { page: 'presenter'; id: number }
  | { page: 'reports' }
  | { page: 'learners' }
  | { page: 'import' }
  | { page: 'courses' }
  | { page: 'kiosk' }
  | { page: 'settings' };
export type GroupTab = 'members' | 'courses' | 'progress' | 'settings';
const GROUP_TABS: GroupTab[] = ['members', 'courses', 'progress', 'settings'];

/** `#/groups/12/settings` ⇄ route: the hash keeps the place across reloads and gives Back its meaning. */
export function parseHash(hash: string): Route {
  const [section, id, tab] = hash.replace(/^#\/?/, '').split('/');
  if (section === 'groups' && id && /^\d+$/.test(id)) {
    if (tab === 'card' || tab === 'report' || tab === 'presenter') return { page: tab, id: Number(id) };
    return { page: 'group', id: Number(id), tab: GROUP_TABS.find((t) => t === tab) ?? 'members' };
  }
  if (section === 'learners' && id === 'import') return { page: 'import' };
  if (section === 'learners' || section === 'courses' || section === 'reports' || section === 'kiosk' || section === 'settings') {
    return { page: section };
  }
  return { page: 'groups' };
}

export function routeHash(route: Route): string {
  if (route.page === 'group') return `#/groups/${route.id}/${route.tab}`;
  if (route.page === 'card' || route.page === 'report' || route.page === 'presenter') {
    return `#/groups/${route.id}/${route.page}`;
  }
  if (route.page === 'import') return '#/learners/import';
  return `#/${route.page}`;
}

interface NavigationState {
  route: Route;
  go: (route: Route) => void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  route: parseHash(window.location.hash),
  go: (route) => {
    window.location.hash = routeHash(route);
    set({ route });
  },
}));

window.addEventListener('hashchange', () => useNavigation.setState({ route: parseHash(window.location.hash) }));
