import { Button, Center, Group as Row, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { LanguageTag } from '../../../../shared/languages';
import { isLanguageTag, LANGUAGE_NAMES, LANGUAGE_TAGS } from '../../../../shared/languages';
import type { Group, Learner, ProgressGrid } from '../../../../shared/types';
import { useAdminText } from '../../i18n/admin';
import { InLanguage } from '../../i18n/admin/InLanguage';
import { pageLanguage } from '../../i18n/language';
import { useChannel } from '../../lib/useChannel';
import { useNavigation } from '../../stores/navigation';
import { PrintSheet } from '../../components/PrintSheet';
import { percentWords } from './auditWords';

// Each language named in itself, so whoever reads the report finds theirs.
const LANGUAGES = LANGUAGE_TAGS.map((tag) => ({ value: tag, label: LANGUAGE_NAMES[tag] }));
const DATE: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/** One printable page about a group: members, how each joined, and their progress, in the language chosen. */
export function GroupReport({ id }: { id: number }) {
  const t = useAdminText();
  const go = useNavigation((s) => s.go);
  const [language, setLanguage] = useState<LanguageTag>(pageLanguage);
  const groupRead = useChannel('groups-get', { id });
  const membersRead = useChannel('learners-list', { groupId: id, sort: 'name', limit: 500 });
  const gridRead = useChannel('progress-group', { groupId: id });
  const data =
    groupRead.data && membersRead.data && gridRead.data
      ? { group: groupRead.data, members: membersRead.data.items, grid: gridRead.data }
      : null;
  if (!data) {
    return (
      <Center mih="100vh">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <PrintSheet
      backLabel={t('reports.groupReport.back', { group: data.group.name })}
      onBack={() => go({ page: 'group', id, tab: 'members' })}
      testId="group-report"
      action={
        <Row gap="sm" align="flex-end">
          <Select
            label={t('reports.groupReport.language')}
            data={LANGUAGES}
            value={language}
            onChange={(v) => isLanguageTag(v) && setLanguage(v)}
            allowDeselect={false}
            w={160}
          />
          <Button leftSection={<IconPrinter size={18} />} onClick={() => window.print()}>
            {t('reports.groupReport.print')}
          </Button>
        </Row>
      }
    >
      <InLanguage tag={language}>
        <ReportBody {...data} />
      </InLanguage>
    </PrintSheet>
  );
}

/** The printed part: its words, dates and numbers in the report's language (the section's, not the page's). */
function ReportBody({ group, members, grid }: { group: Group; members: Learner[]; grid: ProgressGrid }) {
  const t = useAdminText();
  const intl = useIntl();
  const progress = new Map(grid.learners.map((l) => [l.id, l]));
  const percent = (p: number) => percentWords(intl, p);
  return (
    <Stack>
      <div>
        <Text size="sm" tt="uppercase" fw={700} c="dimmed">
          {t('reports.groupReport.heading', { date: intl.formatDate(new Date(), DATE) })}
        </Text>
        <Title order={1}>{group.name}</Title>
        {group.description && <Text>{group.description}</Text>}
      </div>
      <Text>
        {t('reports.groupReport.summary', {
          members: group.memberCount,
          courses: grid.courses.length,
          percent: percent(grid.percent),
        })}
      </Text>
      <Table aria-label={t('reports.groupReport.members')} withTableBorder verticalSpacing={4} fz="sm">
        {/* A heading wraps between words only: "已完成课程" stays whole, as "Courses done" does. */}
        <Table.Thead style={{ wordBreak: 'keep-all' }}>
          <Table.Tr>
            <Table.Th>{t('reports.groupReport.name')}</Table.Th>
            <Table.Th>{t('reports.groupReport.email')}</Table.Th>
            <Table.Th>{t('reports.groupReport.joinedVia')}</Table.Th>
            <Table.Th>{t('reports.groupReport.registered')}</Table.Th>
            <Table.Th ta="end">{t('reports.groupReport.coursesDone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{m.name}</Table.Td>
              {/* A long address wraps rather than pushing the table off the page; a usual one stays whole. */}
              <Table.Td style={{ overflowWrap: 'anywhere', minWidth: '9rem' }}>
                <bdi dir="ltr">{m.email}</bdi>
              </Table.Td>
              <Table.Td>{t(`reports.groupReport.source.${m.source}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{intl.formatDate(m.registeredAt, DATE)}</Table.Td>
              <Table.Td ta="end">
                {t('reports.groupReport.doneOf', { done: progress.get(m.id)?.completed ?? 0, total: grid.courses.length })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {grid.courses.length > 0 && (
        <Table aria-label={t('reports.groupReport.byCourse')} withTableBorder verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.groupReport.course')}</Table.Th>
              <Table.Th ta="end">{t('reports.groupReport.completed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.courses.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.title}</Table.Td>
                <Table.Td ta="end">
                  {t('reports.groupReport.courseCompleted', { n: c.completed, percent: percent(c.percent) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
