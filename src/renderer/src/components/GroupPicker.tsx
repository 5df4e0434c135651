import type { SelectProps } from '@mantine/core';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useAdminText } from '../i18n/admin';
import { useChannel } from '../lib/useChannel';

// The list only helps typing: when a search fails, the picker just offers what it had.
const quietly = () => undefined;

/** Picks one group, searching in SQLite as the admin types: fine with ten thousand groups. */
export function GroupPicker(
  props: Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
    value: number | null;
    onChange: (id: number | null) => void;
    /** A group not to offer (moving a learner: the group they are in). */
    exclude?: number;
  },
) {
  const { value, onChange, exclude, ...rest } = props;
  const t = useAdminText();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useChannel('groups-list', { search: debounced || undefined, limit: 50 }, { onError: quietly });
  const options = (found.data?.items ?? []).filter((g) => g.id !== exclude).map((g) => ({ value: String(g.id), label: g.name }));

  // Keep the chosen group among the options, so its name shows even when the search has moved on.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={t('app.groupPicker.nothingFound')}
      {...rest}
      data={data}
      value={value === null ? null : String(value)}
      onSearchChange={setSearch}
      onChange={(v, option) => {
        setChosen(option ?? null);
        onChange(v === null ? null : Number(v));
      }}
      filter={({ options: o }) => o}
    />
  );
}
