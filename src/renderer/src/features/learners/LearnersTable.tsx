import { Badge, Center, Group as Row, Loader, Pagination, Paper, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Learner, Page } from '../../../../shared/types';
import { adminApi } from '../../api';
import { callOrNotify, formatDateTime } from '../../lib/call';

const PAGE_SIZE = 25;
const SOURCE_LABEL = { kiosk: 'Kiosk', bulk: 'Bulk upload', admin: 'Added by admin' } as const;

/** A paged learner list, filtered in SQLite by group and/or search text. */
export function LearnersTable(props: { groupId?: number; search?: string; showGroup?: boolean; emptyText: string }) {
  const { groupId, search } = props;
  // The page number belongs to one filter: a new group or search starts again at page 1.
  const filter = `${groupId ?? ''}|${search ?? ''}`;
  const [paging, setPaging] = useState({ filter, page: 1 });
  const page = paging.filter === filter ? paging.page : 1;
  const setPage = (p: number) => setPaging({ filter, page: p });
  const [data, setData] = useState<Page<Learner> | null>(null);
  useEffect(() => {
    let current = true;
    void callOrNotify(
      adminApi['learners-list']({ groupId, search: search || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    ).then((value) => {
      if (current && value) setData(value);
    });
    return () => {
      current = false;
    };
  }, [groupId, search, page]);

  if (!data) {
    return (
      <Center p="xl">
        <Loader size="sm" />
      </Center>
    );
  }
  return (
    <>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" horizontalSpacing="md" aria-label="Learners">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              {props.showGroup && <Table.Th>Group</Table.Th>}
              <Table.Th>Role</Table.Th>
              <Table.Th>Joined via</Table.Th>
              <Table.Th>Registered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td fw={500}>{l.name}</Table.Td>
                <Table.Td>{l.email}</Table.Td>
                {props.showGroup && <Table.Td>{l.groupName}</Table.Td>}
                <Table.Td tt="capitalize">{l.role}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color="gray">
                    {SOURCE_LABEL[l.source]}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(l.registeredAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {data.items.length === 0 && (
          <Center p="xl">
            <Text c="dimmed">{props.emptyText}</Text>
          </Center>
        )}
      </Paper>
      <Row justify="space-between" mt="sm">
        <Text size="sm" c="dimmed">
          {data.total.toLocaleString()} {data.total === 1 ? 'learner' : 'learners'}
        </Text>
        {data.total > PAGE_SIZE && (
          <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} aria-label="Learner pages" />
        )}
      </Row>
    </>
  );
}
