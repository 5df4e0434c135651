import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Center,
  Group as Row,
  Loader,
  Pagination,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEye, IconEyeOff, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { CodeState, Group } from '../../../../shared/types';
import { CODE_STATES } from '../../../../shared/types';
import { SearchBar } from '../../components/SearchBar';
import { useAdminText } from '../../i18n/admin';
import { formatDate, formatNumber } from '../../lib/format';
import { routeHash, useNavigation } from '../../stores/navigation';
import { CODE_MASK } from './codeReveal';
import { CODE_STATE_LABEL, CodeStateBadge } from './CodeStateBadge';
import { GROUPS_PAGE_SIZE, useGroupsStore } from './groupsStore';
import { NewGroupModal } from './NewGroupModal';

export function GroupsPage() {
  const items = useGroupsStore((s) => s.items);
  const total = useGroupsStore((s) => s.total);
  const page = useGroupsStore((s) => s.page);
  const loading = useGroupsStore((s) => s.loading);
  const search = useGroupsStore((s) => s.search);
  const setSearch = useGroupsStore((s) => s.setSearch);
  const codeState = useGroupsStore((s) => s.codeState);
  const setCodeState = useGroupsStore((s) => s.setCodeState);
  const setPage = useGroupsStore((s) => s.setPage);
  const load = useGroupsStore((s) => s.load);
  const go = useNavigation((s) => s.go);
  const [creating, { open, close }] = useDisclosure(false);
  const t = useAdminText();
  const stateOptions = CODE_STATES.map((s) => ({ value: s, label: t(CODE_STATE_LABEL[s]) }));

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="md" maw={1100}>
      <Row justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('groups.list.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('groups.list.intro')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} />} onClick={open}>
          {t('groups.list.new')}
        </Button>
      </Row>
      <Row align="flex-end">
        <SearchBar
          label={t('groups.list.search')}
          placeholder={t('groups.list.searchPlaceholder')}
          initial={search}
          onSearch={setSearch}
          w={420}
        />
        <Select
          aria-label={t('groups.list.stateFilter')}
          placeholder={t('groups.list.anyState')}
          data={stateOptions}
          value={codeState}
          onChange={(v) => setCodeState(v as CodeState | null)}
          clearable
          w={200}
        />
      </Row>
      <Paper withBorder radius="md">
        {/* Narrow windows drop the dates and stack the state under the code, so no word is ever cut. */}
        <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md" aria-label={t('groups.list.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('groups.list.column.group')}</Table.Th>
              <Table.Th ta="right">{t('groups.list.column.members')}</Table.Th>
              <Table.Th>{t('groups.list.column.code')}</Table.Th>
              <Table.Th visibleFrom="md">{t('groups.list.column.state')}</Table.Th>
              <Table.Th ta="right">{t('groups.list.column.used')}</Table.Th>
              <Table.Th visibleFrom="md">{t('groups.list.column.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor
                    href={routeHash({ page: 'group', id: g.id, tab: 'members' })}
                    fw={600}
                    onClick={(e) => {
                      e.preventDefault();
                      go({ page: 'group', id: g.id, tab: 'members' });
                    }}
                  >
                    <bdi>{g.name}</bdi>
                  </Anchor>
                  {g.description && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      <bdi>{g.description}</bdi>
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(g.memberCount)}</Table.Td>
                <Table.Td>
                  <ListedCode group={g} />
                  <Box hiddenFrom="md" mt={4}>
                    <CodeStateBadge state={g.codeState} />
                  </Box>
                </Table.Td>
                <Table.Td visibleFrom="md">
                  <CodeStateBadge state={g.codeState} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {g.maxUses === null
                    ? t('groups.list.usedNoLimit', { used: g.usedCount })
                    : t('groups.list.used', { used: g.usedCount, max: g.maxUses })}
                </Table.Td>
                <Table.Td visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
                  {formatDate(g.createdAt)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {items.length === 0 && (
          <Center p="xl">
            {loading ? (
              <Loader size="sm" />
            ) : (
              <Text c="dimmed">{search ? t('groups.list.noMatch', { search }) : t('groups.list.empty')}</Text>
            )}
          </Center>
        )}
      </Paper>
      <Row justify="space-between">
        <Text size="sm" c="dimmed">
          {t('groups.list.count', { n: total })}
        </Text>
        {total > GROUPS_PAGE_SIZE && (
          <Pagination
            total={Math.ceil(total / GROUPS_PAGE_SIZE)}
            value={page}
            onChange={setPage}
            aria-label={t('groups.list.pages')}
          />
        )}
      </Row>
      <NewGroupModal
        opened={creating}
        onClose={close}
        onCreated={(group) => {
          close();
          void load();
          go({ page: 'group', id: group.id, tab: 'settings' });
        }}
      />
    </Stack>
  );
}

/** A group's code in the list: masked, shown while pointed at or from its eye, like on the group's page. */
function ListedCode({ group }: { group: Group }) {
  const [hovered, setHovered] = useState(false);
  const [pinned, setPinned] = useState(false);
  const shown = hovered || pinned;
  const t = useAdminText();
  return (
    <Row gap={4} wrap="nowrap">
      <Text
        size="sm"
        ff="monospace"
        fw={600}
        dir="ltr"
        style={{ whiteSpace: 'nowrap' }}
        onMouseEnter={() => setHovered(true)}
        onMouseLeave={() => setHovered(false)}
        data-testid="listed-code"
        aria-label={shown ? t('groups.code.shownLabel', { code: group.joinCode }) : t('groups.code.hiddenLabel')}
      >
        {shown ? group.joinCode : CODE_MASK}
      </Text>
      <Tooltip label={pinned ? t('groups.code.hide') : t('groups.code.show')}>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t(pinned ? 'groups.list.hideCodeOf' : 'groups.list.showCodeOf', { group: group.name })}
          aria-pressed={pinned}
          onClick={() => setPinned((p) => !p)}
        >
          {pinned ? <IconEyeOff size={18} /> : <IconEye size={18} />}
        </ActionIcon>
      </Tooltip>
    </Row>
  );
}
