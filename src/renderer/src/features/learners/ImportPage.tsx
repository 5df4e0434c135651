import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  FileButton,
  Group as Row,
  Paper,
  Progress,
  Radio,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck, IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ROSTER_TEMPLATE, UTF8_BOM } from '../../../../shared/csv';
import type { ImportPreview, ImportSummary } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import { downloadText } from '../../lib/download';
import { routeHash, useNavigation } from '../../stores/navigation';

/** Bulk upload: template → file → preview with every row's problem → skip or move → one import. */
export function ImportPage() {
  const go = useNavigation((s) => s.go);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [existing, setExisting] = useState<'skip' | 'move'>('skip');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (f: File | null) => {
    if (!f) return;
    setSummary(null);
    setPreview(null);
    setProblem(null);
    const csv = await f.text();
    setFile({ name: f.name, csv });
    const r = await adminApi['learners-import-preview']({ csv });
    if (r.ok) setPreview(r.value);
    else setProblem(r.error.message);
  };

  const commit = async () => {
    if (!file) return;
    setProgress({ done: 0, total: preview?.valid ?? 0 });
    const pending = adminApi['learners-import-commit']({ csv: file.csv, existing });
    const r = await pending;
    setProgress(null);
    if (!r.ok) return notifyError(r.error);
    setSummary(r.value);
    setPreview(null);
    setFile(null);
  };

  return (
    <Stack maw={1000}>
      <Breadcrumbs>
        <Anchor
          href={routeHash({ page: 'learners' })}
          onClick={(e) => {
            e.preventDefault();
            go({ page: 'learners' });
          }}
        >
          Learners
        </Anchor>
        <Text>Bulk upload</Text>
      </Breadcrumbs>
      <Title order={2}>Bulk upload</Title>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Text>
            For groups known in advance: a CSV file with a <strong>name</strong>, <strong>email</strong> and{' '}
            <strong>group</strong> column (or <strong>join code</strong> instead of group). Excel’s “CSV UTF-8” works.
          </Text>
          <Row>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              onClick={() => downloadText('joindesk-roster-template.csv', UTF8_BOM + ROSTER_TEMPLATE, 'text/csv;charset=utf-8')}
            >
              Download template
            </Button>
            <FileButton onChange={(f) => void choose(f)} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} leftSection={<IconFileUpload size={18} />}>
                  Choose CSV file
                </Button>
              )}
            </FileButton>
          </Row>
          {problem && (
            <Alert color="red" title="This file cannot be imported">
              {problem}
            </Alert>
          )}
        </Stack>
      </Paper>

      {preview && file && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Title order={3} size="h4">
              Preview of {file.name}
            </Title>
            <Text data-testid="import-counts">
              {preview.total.toLocaleString()} rows: {(preview.valid - preview.existing).toLocaleString()} new,{' '}
              {preview.existing.toLocaleString()} already registered, {preview.errorCount.toLocaleString()} with problems.
            </Text>
            {preview.errorCount > 0 && (
              <>
                <Text fw={600}>Rows with problems (they will be left out)</Text>
                <Table aria-label="Rows with problems" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={80}>Line</Table.Th>
                      <Table.Th>Problem</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {preview.errors.map((e) => (
                      <Table.Tr key={e.line}>
                        <Table.Td>{e.line}</Table.Td>
                        <Table.Td>{e.message}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
                {preview.errorCount > preview.errors.length && (
                  <Text size="sm">…and {preview.errorCount - preview.errors.length} more.</Text>
                )}
              </>
            )}
            {preview.existing > 0 && (
              <Radio.Group
                label="Learners already registered"
                value={existing}
                onChange={(v) => setExisting(v === 'move' ? 'move' : 'skip')}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="skip" label="Skip them: leave them in their current group" />
                  <Radio value="move" label="Move them into the group this file gives (progress on shared courses is kept)" />
                </Stack>
              </Radio.Group>
            )}
            {progress ? (
              <ImportProgress start={progress} />
            ) : (
              <Row>
                <Button onClick={() => void commit()} disabled={preview.valid === 0}>
                  Import {preview.valid.toLocaleString()} {preview.valid === 1 ? 'row' : 'rows'}
                </Button>
                <Button variant="default" onClick={() => setPreview(null)}>
                  Cancel
                </Button>
              </Row>
            )}
          </Stack>
        </Paper>
      )}

      {summary && (
        <Alert color="teal" icon={<IconCheck />} title="Import finished" data-testid="import-summary">
          {summary.added.toLocaleString()} added, {summary.moved.toLocaleString()} moved, {summary.skipped.toLocaleString()}{' '}
          skipped, {summary.invalid.toLocaleString()} left out for problems.
        </Alert>
      )}
    </Stack>
  );
}

/** Asks how far the import has got while it runs (it runs off the main thread, so the app can answer). */
function ImportProgress({ start }: { start: { done: number; total: number } }) {
  const [p, setP] = useState(start);
  useEffect(() => {
    const timer = window.setInterval(() => {
      void adminApi['learners-import-progress']({}).then((r) => {
        if (r.ok && r.value && r.value.total > 0) setP(r.value);
      });
    }, 200);
    return () => window.clearInterval(timer);
  }, []);
  const percent = p.total ? Math.round((100 * p.done) / p.total) : 0;
  return (
    <Stack gap={4}>
      <Progress value={percent} size="xl" striped animated aria-label="Import progress" />
      <Text size="sm" data-testid="import-progress">
        Importing… {p.done.toLocaleString()} of {p.total.toLocaleString()} rows
      </Text>
    </Stack>
  );
}
