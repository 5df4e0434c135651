import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  FileButton,
  Group as Row,
  List,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDownload, IconFileUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { ROSTER_TEMPLATE, UTF8_BOM } from '../../../../shared/csv';
import { rejectedRowsCsv } from '../../../../shared/rejectedRows';
import type { ExistingChoice, ImportPreview, ImportSummary, OverLimitChoice } from '../../../../shared/types';
import { adminApi } from '../../api';
import { notifyError } from '../../lib/call';
import { downloadText } from '../../lib/download';
import { count, formatNumber } from '../../lib/format';
import { routeHash, useNavigation } from '../../stores/navigation';
import { ImportRowsTable } from './ImportRowsTable';
import { importButton, previewSentence, summarySentence } from './importWords';

/** Bulk upload: template → file → preview with every row's problem → choices → one import → what was left out. */
export function ImportPage() {
  const go = useNavigation((s) => s.go);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [existing, setExisting] = useState<ExistingChoice>('skip');
  const [overLimit, setOverLimit] = useState<OverLimitChoice | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<{ fileName: string; summary: ImportSummary } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const check = async (next: { name: string; csv: string }) => {
    setFile(next);
    setPreview(null);
    setOverLimit(null);
    const r = await adminApi['learners-import-preview']({ csv: next.csv });
    if (r.ok) setPreview(r.value);
    else setProblem(r.error.message);
  };

  const choose = async (f: File | null) => {
    if (!f) return;
    setDone(null);
    setProblem(null);
    await check({ name: f.name, csv: await f.text() });
  };

  // The groups this file would take past their maximum, with the choice made about the learners already registered.
  const overGroups = preview ? preview.limits.filter((g) => g.incoming[existing] > Math.max(0, g.maxUses - g.usedCount)) : [];
  const outcome = preview?.outcomes[existing][overLimit ?? 'fit'];

  const commit = async () => {
    if (!file || !outcome) return;
    setProgress({ done: 0, total: preview?.valid ?? 0 });
    const r = await adminApi['learners-import-commit']({
      csv: file.csv,
      existing,
      ...(overGroups.length && overLimit ? { overLimit } : {}),
    });
    setProgress(null);
    if (!r.ok) {
      notifyError(r.error);
      // A group filled up at the kiosk since the file was checked: check it again, so the choice shows.
      if (r.error.code === 'group-full') await check(file);
      return;
    }
    setDone({ fileName: file.name, summary: r.value });
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
            For groups known in advance: a CSV file with a <strong>name</strong> (or <strong>first name</strong> and{' '}
            <strong>last name</strong>), <strong>email</strong> and <strong>group</strong> column (or <strong>join code</strong>{' '}
            instead of group). Headers like “E-mail”, “Email address” or “Full name” work too; other columns are left alone.
            Excel’s “CSV UTF-8” works.
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
            <Alert color="red" title="This file cannot be imported" data-testid="import-problem">
              {problem} Nothing was imported.
            </Alert>
          )}
        </Stack>
      </Paper>

      {preview && file && outcome && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Title order={3} size="h4">
              Preview of {file.name}
            </Title>
            <Text data-testid="import-counts">
              {previewSentence(preview.total, outcome, {
                registered: outcome.registered,
                full: outcome.full,
                duplicates: preview.duplicates,
                invalid: preview.invalid,
              })}
            </Text>

            {overGroups.length > 0 && (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconAlertTriangle />}
                title={
                  overGroups.length === 1
                    ? `${overGroups[0]!.groupName} would go past its maximum`
                    : `${formatNumber(overGroups.length)} groups would go past their maximum`
                }
                data-testid="import-limit"
              >
                <Stack gap="sm">
                  <List size="sm">
                    {overGroups.map((g) => {
                      const left = Math.max(0, g.maxUses - g.usedCount);
                      return (
                        <List.Item key={g.groupId}>
                          {g.groupName}: {count(g.maxUses, 'seat', 'seats')}, {formatNumber(g.usedCount)} taken. This file puts{' '}
                          {formatNumber(g.incoming[existing])} in it: {formatNumber(g.incoming[existing] - left)} past the
                          maximum.
                        </List.Item>
                      );
                    })}
                  </List>
                  <Text size="sm">
                    A group’s maximum is its join code’s maximum uses: everyone put in the group takes a seat, at the kiosk or by
                    upload.
                  </Text>
                  <Radio.Group
                    label="What should happen?"
                    value={overLimit}
                    onChange={(v) => setOverLimit(v === 'raise' ? 'raise' : 'fit')}
                  >
                    <Stack gap="xs" mt="xs">
                      <Radio
                        value="fit"
                        label={`Import only up to the maximum: leave out the last ${count(
                          preview.outcomes[existing].fit.full,
                          'row',
                          'rows',
                        )} for ${overGroups.length === 1 ? 'this group' : 'these groups'}`}
                      />
                      <Radio
                        value="raise"
                        label={`Import all and raise the maximum (${overGroups
                          .map(
                            (g) =>
                              `${g.groupName}: ${formatNumber(g.maxUses)} → ${formatNumber(g.usedCount + g.incoming[existing])}`,
                          )
                          .join('; ')})`}
                      />
                    </Stack>
                  </Radio.Group>
                  <Text size="sm">Or cancel, and change the file or the group first.</Text>
                </Stack>
              </Alert>
            )}

            {preview.errorCount > 0 && (
              <>
                <Text fw={600}>Rows with problems (they will be left out)</Text>
                <ImportRowsTable
                  label="Rows with problems"
                  noteHeader="Problem"
                  rows={preview.errors.map((e) => ({ ...e, note: e.message }))}
                  total={preview.errorCount}
                />
              </>
            )}
            {preview.existing + preview.members > 0 && (
              <>
                <Text fw={600}>Already registered</Text>
                <ImportRowsTable
                  label="Already registered"
                  noteHeader="What happens"
                  rows={preview.registered.map((r) => ({
                    ...r,
                    note:
                      r.status === 'member'
                        ? `Already in ${r.groupName}: skipped`
                        : existing === 'move'
                          ? `Moves from ${r.currentGroupName ?? ''} to ${r.groupName}`
                          : `Stays in ${r.currentGroupName ?? ''}: skipped`,
                  }))}
                  total={preview.existing + preview.members}
                />
              </>
            )}
            {preview.existing > 0 && (
              <Radio.Group
                label="Learners registered in another group"
                value={existing}
                onChange={(v) => {
                  setExisting(v === 'move' ? 'move' : 'skip');
                  setOverLimit(null);
                }}
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
                <Button
                  onClick={() => void commit()}
                  disabled={outcome.added + outcome.moved === 0 || (overGroups.length > 0 && !overLimit)}
                >
                  {overGroups.length > 0 && !overLimit ? 'Choose what happens at the maximum' : importButton(outcome)}
                </Button>
                <Button variant="default" onClick={() => setPreview(null)}>
                  Cancel
                </Button>
              </Row>
            )}
          </Stack>
        </Paper>
      )}

      {done && <ImportDone fileName={done.fileName} summary={done.summary} />}
    </Stack>
  );
}

/** What the import wrote, and every row it left out, which the admin can download, fix and upload again. */
function ImportDone({ fileName, summary }: { fileName: string; summary: ImportSummary }) {
  const rejectedName = `${fileName.replace(/\.csv$/i, '')}-not-imported.csv`;
  return (
    <Stack>
      <Alert color="teal" icon={<IconCheck />} title="Import finished" data-testid="import-summary">
        {summarySentence(summary)}
        {summary.raised.map((r) => (
          <Text key={r.groupId} size="sm" mt={4}>
            The maximum of {r.groupName} was raised from {formatNumber(r.from)} to {formatNumber(r.to)}.
          </Text>
        ))}
      </Alert>
      {summary.rejected.length > 0 && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Row justify="space-between">
              <Title order={3} size="h4">
                {count(summary.rejected.length, 'row was', 'rows were')} not imported
              </Title>
              <Button
                variant="default"
                leftSection={<IconDownload size={18} />}
                // Built here from the rows main sent back: the admin's own file, so nothing is written by main and no path moves.
                onClick={() => downloadText(rejectedName, rejectedRowsCsv(summary), 'text/csv;charset=utf-8')}
              >
                Download rows not imported (CSV)
              </Button>
            </Row>
            <Text size="sm">
              The download has the file’s own columns and a reason for each row: fix them and upload it again.
            </Text>
            <ImportRowsTable
              label="Rows not imported"
              noteHeader="Reason"
              rows={summary.rejected.map((r) => ({ ...r, note: r.message }))}
              total={summary.rejected.length}
            />
          </Stack>
        </Paper>
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
        Importing… {formatNumber(p.done)} of {count(p.total, 'row', 'rows')}
      </Text>
    </Stack>
  );
}
