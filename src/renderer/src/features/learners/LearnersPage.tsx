import { Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { LearnersTable } from './LearnersTable';

export function LearnersPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  return (
    <Stack gap="md" maw={1100}>
      <div>
        <Title order={2}>Learners</Title>
        <Text c="dimmed" size="sm">
          Everyone who has joined a group, newest first.
        </Text>
      </div>
      <TextInput
        aria-label="Search learners"
        placeholder="Search by name or email"
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
      />
      <LearnersTable
        search={debounced}
        showGroup
        emptyText={debounced ? 'No learner matches that search.' : 'No learners yet.'}
      />
    </Stack>
  );
}
