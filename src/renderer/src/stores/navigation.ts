import { create } from 'zustand';

export type Route = { page: 'groups' } | { page: 'group'; id: number; tab: GroupTab } | { page: 'learners' } | { page: 'kiosk' };
export type GroupTab = 'members' | 'settings';

/** `#/groups/12/settings` ⇄ route: the hash keeps the place across reloads and gives Back its meaning. */
export function parseHash(hash: string): Route {
  const [section, id, tab] = hash.replace(/^#\/?/, '').split('/');
  if (section === 'groups' && id && /^\d+$/.test(id)) {
    return { page: 'group', id: Number(id), tab: tab === 'settings' ? 'settings' : 'members' };
  }
  if (section === 'learners') return { page: 'learners' };
  if (section === 'kiosk') return { page: 'kiosk' };
  return { page: 'groups' };
}

export function routeHash(route: Route): string {
  return route.page === 'group' ? `#/groups/${route.id}/${route.tab}` : `#/${route.page}`;
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
