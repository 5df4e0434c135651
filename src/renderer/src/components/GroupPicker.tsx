import type { SelectProps } from '@mantine/core';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { adminApi } from '../api';

/** Picks one group, searching in SQLite as the admin types: fine with ten thousand groups. */
export function GroupPicker(
  props: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: number | null; onChange: (id: number | null) => void },
) {
  const { value, onChange, ...rest } = props;
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);

  useEffect(() => {
    let current = true;
    void adminApi['groups-list']({ search: debounced || undefined, limit: 50 }).then((r) => {
      if (current && r.ok) setOptions(r.value.items.map((g) => ({ value: String(g.id), label: g.name })));
    });
    return () => {
      current = false;
    };
  }, [debounced]);

  // Keep the chosen group among the options, so its name shows even when the search has moved on.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;

  return (
    <Select
      searchable
      clearable
      nothingFoundMessage="No group by that name"
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
