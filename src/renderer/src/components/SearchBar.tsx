import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

/** A list's search box: shows what is typed at once, searches once typing pauses. */
export function SearchBar(props: {
  label: string;
  placeholder: string;
  initial?: string;
  onSearch: (text: string) => void;
  w: number;
}) {
  const [typed, setTyped] = useState(props.initial ?? '');
  const search = useDebouncedCallback(props.onSearch, 250);
  return (
    <TextInput
      aria-label={props.label}
      placeholder={props.placeholder}
      leftSection={<IconSearch size={16} />}
      value={typed}
      onChange={(e) => {
        setTyped(e.currentTarget.value);
        search(e.currentTarget.value);
      }}
      w={props.w}
    />
  );
}
