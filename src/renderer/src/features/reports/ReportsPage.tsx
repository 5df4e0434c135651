import { Badge, Button, Grid, Group as Row, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AttentionReason } from '../../../../shared/domains/reports';
import { ATTEMPT_LABELS } from '../../../../shared/domains/audit';
import type { Dashboard, ExportKind } from '../../../../shared/types';
import { useChannel } from '../../lib/useChannel';
import { adminApi } from '../../api';
import { GroupPicker } from '../../components/GroupPicker';
import { callOrNotify } from '../../lib/call';
import { count, formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { downloadText } from '../../lib/download';
import { AuditLog } from './AuditLog';

const INDIGO = 'var(--mantine-color-indigo-7)';
const TEAL = 'var(--mantine-color-teal-7)';

export function ReportsPage() {
  const { data } = useChannel('reports-dashboard', {});
  return (
    <Stack maw={1200}>
      <Title order={2}>Reports</Title>
      {data && <DashboardView data={data} />}
      <Exports />
      <AuditLog />
    </Stack>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
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
  const total90 = data.registrationsByDay.reduce((n, d) => n + d.count, 0);
  return (
    <Stack>
      <Card title="Registrations, last 90 days">
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <div style={{ height: 220 }} role="img" aria-label={`Registrations per day: ${formatNumber(total90)} in 90 days`}>
              <ResponsiveContainer>
                <LineChart data={data.registrationsByDay} margin={{ left: 0, right: 16, top: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="day" fontSize={12} tickFormatter={formatDate} />
                  <YAxis allowDecimals={false} fontSize={12} width={40} />
                  <Tooltip labelFormatter={(day) => formatDate(String(day))} />
                  <Line
                    type="monotone"
                    dataKey="count"
                    name="Registrations"
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
              In 90 days
            </Text>
            <Text fz={36} fw={700} data-testid="registrations-90">
              {formatNumber(total90)}
            </Text>
            <Table aria-label="Registrations by group" mt="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Group</Table.Th>
                  <Table.Th ta="right">30 days</Table.Th>
                  <Table.Th ta="right">All</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.registrationsByGroup.slice(0, 6).map((g) => (
                  <Table.Tr key={g.groupId}>
                    <Table.Td>{g.groupName}</Table.Td>
                    <Table.Td ta="right">{g.last30Days}</Table.Td>
                    <Table.Td ta="right">{g.total}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Grid.Col>
        </Grid>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CompletionCard
          title="Completion by group"
          rows={data.completionByGroup.map((g) => ({ name: g.groupName, percent: g.percent }))}
        />
        <CompletionCard
          title="Completion by course"
          rows={data.completionByCourse.map((c) => ({ name: c.title, percent: c.percent }))}
        />
      </SimpleGrid>
      <Card title="Codes to look at">
        <CodesToLookAt codes={data.codesNeedingAttention} />
      </Card>
    </Stack>
  );
}

const ATTENTION: Record<AttentionReason, { badge: string; color: string }> = {
  full: { badge: 'Full', color: 'red' },
  paused: { badge: 'Paused', color: 'gray' },
  failures: { badge: 'Failed sign-ups', color: 'red' },
  expiring: { badge: 'Closes soon', color: 'orange' },
  filling: { badge: 'Nearly full', color: 'orange' },
};

function attentionText(c: Dashboard['codesNeedingAttention'][number]): string {
  switch (c.reason) {
    case 'full':
      return `no places left (${c.detail} used)`;
    case 'paused':
      return 'sign-up is paused';
    case 'failures':
      return `${count(Number(c.detail), 'failed sign-up', 'failed sign-ups')} in the last 24 hours${
        c.attemptKind ? `, mostly: ${ATTEMPT_LABELS[c.attemptKind].toLowerCase()}` : ''
      }`;
    case 'expiring':
      return `closes ${formatDateTime(c.detail)}`;
    case 'filling':
      return `${c.detail} places used`;
  }
}

/** Full, paused, drawing failed sign-ups, closing soon, nearly full: the codes an admin may need to act on. */
function CodesToLookAt({ codes }: { codes: Dashboard['codesNeedingAttention'] }) {
  if (!codes.length) {
    return (
      <Text size="sm" c="dimmed">
        Every code is open, none closes within a week or is over 80% full, and none drew failed sign-ups today.
      </Text>
    );
  }
  return (
    <Stack gap={6} aria-label="Codes to look at" role="list">
      {codes.map((c) => (
        <Row key={`${c.groupId}-${c.reason}`} gap="xs" wrap="nowrap" align="flex-start" role="listitem">
          <Badge color={ATTENTION[c.reason].color} variant="light" style={{ flexShrink: 0 }} miw="fit-content">
            {ATTENTION[c.reason].badge}
          </Badge>
          <Text size="sm">
            <Text span fw={500} size="sm">
              {c.groupName}
            </Text>
            : {attentionText(c)}
          </Text>
        </Row>
      ))}
    </Stack>
  );
}

function CompletionCard({ title, rows }: { title: string; rows: { name: string; percent: number }[] }) {
  return (
    <Card title={title}>
      {rows.length ? (
        <>
          <div
            style={{ height: Math.max(120, rows.length * 32) }}
            role="img"
            aria-label={`${title}: ${rows.map((r) => `${r.name} ${r.percent}%`).join(', ')}`}
          >
            <ResponsiveContainer>
              <BarChart data={rows} layout="vertical" margin={{ left: 8, right: 24 }}>
                <XAxis type="number" domain={[0, 100]} unit="%" fontSize={12} />
                <YAxis type="category" dataKey="name" width={140} fontSize={12} />
                <Tooltip />
                <Bar dataKey="percent" name="Completed %" fill={TEAL} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <Table aria-label={title} mt="sm">
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.name}>
                  <Table.Td>{r.name}</Table.Td>
                  <Table.Td ta="right">{r.percent}%</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          No courses assigned yet.
        </Text>
      )}
    </Card>
  );
}

const KINDS: { value: ExportKind; label: string }[] = [
  { value: 'groups', label: 'Groups' },
  { value: 'learners', label: 'Learners' },
  { value: 'progress', label: 'Progress' },
  { value: 'moodle-users', label: 'Roster for Moodle (upload users)' },
  { value: 'audit', label: 'Audit log' },
];

function Exports() {
  const [kind, setKind] = useState<ExportKind>('learners');
  const [groupId, setGroupId] = useState<number | null>(null);
  const run = async () => {
    const value = await callOrNotify(adminApi['export-csv']({ kind, groupId: groupId ?? undefined }));
    if (value) downloadText(value.filename, value.content, 'text/csv;charset=utf-8');
  };
  return (
    <Card title="Export to CSV">
      <Text size="sm" c="dimmed" mb="sm">
        Opens in Excel as it is (UTF-8): dates and times as this computer shows them (YYYY-MM-DD HH:MM), which a spreadsheet reads
        as dates; counts as numbers. Cells that a spreadsheet would run as a formula are exported as plain text.
      </Text>
      <Row align="flex-end">
        <Select
          label="What"
          data={KINDS}
          value={kind}
          onChange={(v) => v && setKind(v as ExportKind)}
          allowDeselect={false}
          w={280}
        />
        <GroupPicker label="Group" placeholder="All groups" value={groupId} onChange={setGroupId} w={240} />
        <Button leftSection={<IconDownload size={18} />} onClick={() => void run()}>
          Download CSV
        </Button>
      </Row>
    </Card>
  );
}
