import { AppShell, Badge, Burger, Center, Loader, Group as Row, NavLink, Text, Title, useMatches } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { IconBook, IconChartBar, IconDeviceDesktop, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import type { Route } from './stores/navigation';
import { routeHash, useNavigation } from './stores/navigation';
import { useAdminText } from './i18n/admin';

// The product's name is the same in every language.
const PRODUCT = 'JoinDesk';

// Each page is a chunk of its own, loaded the first time it is opened.
const GroupsPage = lazy(() => import('./features/groups/GroupsPage').then((m) => ({ default: m.GroupsPage })));
const GroupPage = lazy(() => import('./features/groups/GroupPage').then((m) => ({ default: m.GroupPage })));
const JoinCardView = lazy(() => import('./features/groups/JoinCardView').then((m) => ({ default: m.JoinCardView })));
const PresenterView = lazy(() => import('./features/groups/PresenterView').then((m) => ({ default: m.PresenterView })));
const LearnersPage = lazy(() => import('./features/learners/LearnersPage').then((m) => ({ default: m.LearnersPage })));
const ImportPage = lazy(() => import('./features/learners/ImportPage').then((m) => ({ default: m.ImportPage })));
const CoursesPage = lazy(() => import('./features/courses/CoursesPage').then((m) => ({ default: m.CoursesPage })));
const ReportsPage = lazy(() => import('./features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const GroupReport = lazy(() => import('./features/reports/GroupReport').then((m) => ({ default: m.GroupReport })));
const KioskLauncher = lazy(() => import('./features/kiosk/KioskLauncher').then((m) => ({ default: m.KioskLauncher })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));

const loading = (
  <Center p="xl">
    <Loader size="sm" />
  </Center>
);

function NavSection({ title }: { title: string }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
      {title}
    </Text>
  );
}

function NavItem(props: { route: Route; label: string; icon: ReactNode; active?: boolean; onGo?: () => void }) {
  const current = useNavigation((s) => s.route);
  const go = useNavigation((s) => s.go);
  return (
    <NavLink
      href={routeHash(props.route)}
      label={props.label}
      leftSection={props.icon}
      active={props.active ?? current.page === props.route.page}
      onClick={(e) => {
        e.preventDefault();
        go(props.route);
        props.onGo?.();
      }}
    />
  );
}

// Below this width the sidebar folds behind a menu button, leaving the page the whole width.
const NAV_BREAKPOINT = 'md';

export function AdminApp() {
  const route = useNavigation((s) => s.route);
  const [menuOpen, menu] = useDisclosure(false);
  // Read at once (no server render here), so a laptop never sees its sidebar hidden for a frame.
  const folded = useMatches({ base: true, [NAV_BREAKPOINT]: false }, { getInitialValueInEffect: false });
  const t = useAdminText();
  // The join card is a page of its own: nothing else on it, so it prints as it looks.
  if (route.page === 'card' || route.page === 'report' || route.page === 'presenter') {
    return (
      <Suspense fallback={loading}>
        {route.page === 'card' && <JoinCardView id={route.id} />}
        {route.page === 'report' && <GroupReport id={route.id} />}
        {route.page === 'presenter' && <PresenterView id={route.id} />}
      </Suspense>
    );
  }
  const inGroups = route.page === 'groups' || route.page === 'group';
  const close = menu.close;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !menuOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header px={{ base: 'sm', sm: 'lg' }}>
        <Row h="100%" gap="xs" wrap="nowrap">
          <Burger
            opened={menuOpen}
            onClick={menu.toggle}
            hiddenFrom={NAV_BREAKPOINT}
            size="sm"
            aria-label={menuOpen ? t('app.menu.close') : t('app.menu.open')}
            aria-expanded={menuOpen}
            aria-controls="main-navigation"
          />
          <Title order={1} size="h3">
            {PRODUCT}
          </Title>
          <Badge variant="light" color="gray">
            {t('app.header.badge')}
          </Badge>
        </Row>
      </AppShell.Header>
      {/* A folded menu is only moved aside by Mantine: out of the tab order and the reading order too. */}
      <AppShell.Navbar
        p="sm"
        aria-label={t('app.nav.label')}
        id="main-navigation"
        inert={folded && !menuOpen}
        style={folded && !menuOpen ? { visibility: 'hidden' } : undefined}
      >
        <NavSection title={t('app.nav.users')} />
        <NavItem
          onGo={close}
          route={{ page: 'groups' }}
          label={t('app.nav.groups')}
          icon={<IconUsersGroup size={18} />}
          active={inGroups}
        />
        <NavItem
          onGo={close}
          route={{ page: 'learners' }}
          label={t('app.nav.learners')}
          icon={<IconUsers size={18} />}
          active={route.page === 'learners' || route.page === 'import'}
        />
        <NavSection title={t('app.nav.training')} />
        <NavItem onGo={close} route={{ page: 'courses' }} label={t('app.nav.courses')} icon={<IconBook size={18} />} />
        <NavItem onGo={close} route={{ page: 'reports' }} label={t('app.nav.reports')} icon={<IconChartBar size={18} />} />
        <NavSection title={t('app.nav.signUp')} />
        <NavItem onGo={close} route={{ page: 'kiosk' }} label={t('app.nav.kiosk')} icon={<IconDeviceDesktop size={18} />} />
        <NavSection title={t('app.nav.admin')} />
        <NavItem onGo={close} route={{ page: 'settings' }} label={t('app.nav.settings')} icon={<IconSettings size={18} />} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={loading}>
          {route.page === 'groups' && <GroupsPage />}
          {route.page === 'group' && <GroupPage id={route.id} tab={route.tab} />}
          {route.page === 'learners' && <LearnersPage />}
          {route.page === 'import' && <ImportPage />}
          {route.page === 'courses' && <CoursesPage />}
          {route.page === 'reports' && <ReportsPage />}
          {route.page === 'kiosk' && <KioskLauncher />}
          {route.page === 'settings' && <SettingsPage />}
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
