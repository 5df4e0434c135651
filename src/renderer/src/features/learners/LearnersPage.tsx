import { Button, Group as Row, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileUpload, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { GroupPicker } from '../../components/GroupPicker';
import { SearchBar } from '../../components/SearchBar';
import { useAdminText } from '../../i18n/admin';
import { useNavigation } from '../../stores/navigation';
import { AddLearnerModal } from './AddLearnerModal';
import { LearnerDrawer } from './LearnerDrawer';
import { LearnersTable } from './LearnersTable';

export function LearnersPage() {
  const t = useAdminText();
  const go = useNavigation((s) => s.go);
  const [search, setSearch] = useState('');
  const [groupId, setGroupId] = useState<number | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [adding, add] = useDisclosure(false);
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  return (
    <Stack gap="md" maw={1200}>
      <Row justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('learners.page.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('learners.page.intro')}
          </Text>
        </div>
        <Row gap="xs">
          <Button variant="default" leftSection={<IconFileUpload size={18} />} onClick={() => go({ page: 'import' })}>
            {t('learners.page.bulkUpload')}
          </Button>
          <Button leftSection={<IconUserPlus size={18} />} onClick={add.open}>
            {t('learners.page.add')}
          </Button>
        </Row>
      </Row>
      <Row align="flex-end">
        <SearchBar
          label={t('learners.page.search.label')}
          placeholder={t('learners.page.search.placeholder')}
          onSearch={setSearch}
          w={360}
        />
        <GroupPicker
          aria-label={t('learners.page.groupFilter.label')}
          placeholder={t('learners.page.groupFilter.placeholder')}
          value={groupId}
          onChange={setGroupId}
          w={260}
        />
      </Row>
      <LearnersTable
        search={search}
        groupId={groupId ?? undefined}
        showGroup
        version={version}
        onOpen={(l) => setOpenId(l.id)}
        emptyText={t(search || groupId ? 'learners.page.empty.filtered' : 'learners.page.empty.none')}
      />
      <LearnerDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
      <AddLearnerModal
        opened={adding}
        onClose={add.close}
        defaultGroupId={groupId}
        onAdded={(l) => {
          add.close();
          refresh();
          setOpenId(l.id);
        }}
      />
    </Stack>
  );
}
