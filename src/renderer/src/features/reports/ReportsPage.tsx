import { Badge, Button, Grid, Group as Row, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttentionReason } from '../../../../shared/domains/reports';
import { EXPORT_KINDS } from '../../../../shared/domains/reports';
import type { Dashboard, ExportKind } from '../../../../shared/types';
import { useChannel } from '../../lib/useChannel';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { useAdminText } from '../../i18n/admin';
import { pageLanguage } from '../../i18n/language';
import { callOrNotify } from '../../lib/call';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { downloadText } from '../../lib/download';
import { AuditLog } from './AuditLog';
import { percentWords } from './auditWords';

const INDIGO = 'var(--mantine-color-indigo-7)';
/**
 * A date set apart from the chart's left-to-right layout, so one written right to left ("28/11/2026"
 * in Arabic, with its direction marks) keeps its own order: first-strong isolate … pop isolate.
 */
const isolated = (text: string) => `\u2068${text}\u2069`;
const TEAL = 'var(--mantine-color-teal-7)';

export function ReportsPage() {
  const t = useAdminText();
  const { data } = useChannel('reports-dashboard', {});
  return (
    <Stack maw={1200}>
      <Title order={2}>{t('reports.title')}</Title>
      {data && <DashboardView data={data} />}
      <Exports />
      <AuditLog />
    </Stack>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function DashboardView({ data }: { data: Dashboard }) {
  const t = useAdminText();
  const total90 = data.registrationsByDay.reduce((n, d) => n + d.count, 0);
  return (
    <Stack>
      <Card title={t('reports.registrations.title')}>
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            {/* The chart lays itself out left to right in every language (see CompletionCard). */}
            <div dir="ltr" style={{ height: 220 }} role="img" aria-label={t('reports.registrations.chart', { n: total90 })}>
              <ResponsiveContainer>
                <LineChart data={data.registrationsByDay} margin={{ left: 0, right: 16, top: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" fontSize={12} tickFormatter={(day: string) => isolated(formatDate(day))} />
                  <YAxis allowDecimals={false} fontSize={12} width={40} tickFormatter={formatNumber} />
                  <Tooltip
                    labelFormatter={(day) => isolated(formatDate(String(day)))}
                    formatter={(n) => formatNumber(Number(n))}
                  />
                  <Line
                    type="monotone"
                    dataKey="count"
                    name={t('reports.registrations.series')}
                    stroke={INDIGO}
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Text size="sm" c="dimmed">
              {t('reports.registrations.in90Days')}
            </Text>
            <Text fz={36} fw={700} data-testid="registrations-90">
              {formatNumber(total90)}
            </Text>
            <Table aria-label={t('reports.registrations.byGroup')} mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.registrations.group')}</Table.Th>
                  {/* Short headings over numbers: kept on one line ("30 天" does not break after the digits). */}
                  <Table.Th ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {t('reports.registrations.last30Days')}
                  </Table.Th>
                  <Table.Th ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {t('reports.registrations.all')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.registrationsByGroup.slice(0, 6).map((g) => (
                  <Table.Tr key={g.groupId}>
                    <Table.Td>{g.groupName}</Table.Td>
                    <Table.Td ta="end">{formatNumber(g.last30Days)}</Table.Td>
                    <Table.Td ta="end">{formatNumber(g.total)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Grid.Col>
        </Grid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CompletionCard
          title={t('reports.completion.byGroup')}
          rows={data.completionByGroup.map((g) => ({ name: g.groupName, percent: g.percent }))}
        />
        <CompletionCard
          title={t('reports.completion.byCourse')}
          rows={data.completionByCourse.map((c) => ({ name: c.title, percent: c.percent }))}
        />
      </SimpleGrid>
      <Card title={t('reports.codes.title')}>
        <CodesToLookAt codes={data.codesNeedingAttention} />
      </Card>
    </Stack>
  );
}

const ATTENTION: Record<AttentionReason, { badge: `reports.codes.badge.${AttentionReason}`; color: string }> = {
  full: { badge: 'reports.codes.badge.full', color: 'red' },
  paused: { badge: 'reports.codes.badge.paused', color: 'gray' },
  failures: { badge: 'reports.codes.badge.failures', color: 'red' },
  expiring: { badge: 'reports.codes.badge.expiring', color: 'orange' },
  filling: { badge: 'reports.codes.badge.filling', color: 'orange' },
};

/** Why one code is worth a look: a whole sentence per reason, the group's name in bold. */
function AttentionText({ code: c }: { code: Dashboard['codesNeedingAttention'][number] }) {
  const t = useAdminText();
  const b = (chunks: ReactNode[]) => (
    <Text span fw={500} size="sm">
      {chunks}
    </Text>
  );
  const group = c.groupName;
  switch (c.reason) {
    case 'full':
      return t.rich('reports.codes.full', { b, group, used: c.used, max: c.max });
    case 'paused':
      return t.rich('reports.codes.paused', { b, group });
    case 'failures':
      return t.rich('reports.codes.failuresMostly', { b, group, n: c.failures, kind: t(`reports.codes.kind.${c.attemptKind}`) });
    case 'expiring':
      return t.rich('reports.codes.expiring', { b, group, when: formatDateTime(c.closes) });
    case 'filling':
      return t.rich('reports.codes.filling', { b, group, used: c.used, max: c.max });
  }
}

/** Full, paused, drawing failed sign-ups, closing soon, nearly full: the codes an admin may need to act on. */
function CodesToLookAt({ codes }: { codes: Dashboard['codesNeedingAttention'] }) {
  const t = useAdminText();
  if (!codes.length) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.codes.none')}
      </Text>
    );
  }
  return (
    <Stack gap={6} aria-label={t('reports.codes.title')} role="list">
      {codes.map((c) => (
        <Row key={`${c.groupId}-${c.reason}`} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
          <Badge color={ATTENTION[c.reason].color} variant="light" style={{ flexShrink: 0 }} miw="fit-content">
            {t(ATTENTION[c.reason].badge)}
          </Badge>
          <Text size="sm">
            <AttentionText code={c} />
          </Text>
        </Row>
      ))}
    </Stack>
  );
}

function CompletionCard({ title, rows }: { title: string; rows: { name: string; percent: number }[] }) {
  const t = useAdminText();
  const intl = useIntl();
  const percent = (p: number) => percentWords(intl, p);
  const rtl = intl.locale === 'ar';
  return (
    <Card title={title}>
      {rows.length ? (
        <>
          {/* Right to left, the bars grow from the right with their names beside them; the chart's own
              geometry is laid out left to right (text anchored in an rtl box would land on the bars). */}
          <div
            dir="ltr"
            style={{ height: Math.max(120, rows.length * 32) }}
            role="img"
            aria-label={t('reports.completion.chart', {
              title,
              rows: intl.formatList(rows.map((r) => t('reports.completion.row', { name: r.name, percent: percent(r.percent) }))),
            })}
          >
            <ResponsiveContainer>
              <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
                <XAxis type="number" domain={[0, 100]} fontSize={12} reversed={rtl} tickFormatter={percent} />
                <YAxis type="category" dataKey="name" width={140} fontSize={12} orientation={rtl ? 'right' : 'left'} />
                <Tooltip formatter={(p) => percent(Number(p))} />
                <Bar dataKey="percent" name={t('reports.completion.series')} fill={TEAL} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table aria-label={title} mt="sm">
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.name}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="end">{percent(r.percent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.completion.empty')}
        </Text>
      )}
    </Card>
  );
}

function Exports() {
  const t = useAdminText();
  const [kind, setKind] = useState<ExportKind>('learners');
  const [groupId, setGroupId] = useState<number | null>(null);
  const kinds = EXPORT_KINDS.map((value) => ({ value, label: t(`reports.exports.kind.${value}`) }));
  const run = async () => {
    // Headers and words in the admin's language; Moodle's roster keeps Moodle's column names.
    const value = await callOrNotify(adminApi['export-csv']({ kind, groupId: groupId ?? undefined, language: pageLanguage() }));
    if (value) downloadText(value.filename, value.content, 'text/csv;charset=utf-8');
  };
  return (
    <Card title={t('reports.exports.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('reports.exports.help')}
      </Text>
      <Row align="flex-end">
        <Select
          label={t('reports.exports.what')}
          data={kinds}
          value={kind}
          onChange={(v) => v && setKind(v as ExportKind)}
          allowDeselect={false}
          w={280}
        />
        <GroupPicker
          label={t('reports.exports.group')}
          placeholder={t('reports.exports.allGroups')}
          value={groupId}
          onChange={setGroupId}
          w={240}
        />
        <Button leftSection={<IconDownload size={18} />} onClick={() => void run()}>
          {t('reports.exports.download')}
        </Button>
      </Row>
    </Card>
  );
}
