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
import type { ReactNode } from 'react';
import { Fragment, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { ROSTER_TEMPLATE, UTF8_BOM } from '../../../../shared/csv';
import { rejectedRowsCsv } from '../../../../shared/rejectedRows';
import type { AppErrorData } from '../../../../shared/result';
import type { ExistingChoice, ImportPreview, ImportRejectedRow, ImportSummary, OverLimitChoice } from '../../../../shared/types';
import { adminApi } from '../../api';
import type { AdminWords } from '../../i18n/admin';
import { errorWords, useAdminText } from '../../i18n/admin';
import { notifyError } from '../../lib/call';
import { downloadText } from '../../lib/download';
import { routeHash, useNavigation } from '../../stores/navigation';
import { ImportRowsTable } from './ImportRowsTable';
import type { ListWords } from './importWords';
import { importButton, previewSentence, summarySentence } from './importWords';

/** Bulk upload: template → file → preview with every row's problem → choices → one import → what was left out. */
export function ImportPage() {
  const t = useAdminText();
  const intl = useIntl();
  const list = useListWords();
  const go = useNavigation((s) => s.go);
  const [file, setFile] = useState<{ name: string; csv: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [existing, setExisting] = useState<ExistingChoice>('skip');
  const [overLimit, setOverLimit] = useState<OverLimitChoice | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [done, setDone] = useState<{ fileName: string; summary: ImportSummary } | null>(null);
  const [problem, setProblem] = useState<AppErrorData | null>(null);

  const check = async (next: { name: string; csv: string }) => {
    setFile(next);
    setPreview(null);
    setOverLimit(null);
    const r = await adminApi['learners-import-preview']({ csv: next.csv });
    if (r.ok) setPreview(r.value);
    else setProblem(r.error);
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
          {t('learners.page.title')}
        </Anchor>
        <Text>{t('learners.import.title')}</Text>
      </Breadcrumbs>
      <Title order={2}>{t('learners.import.title')}</Title>
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Text>{t.rich('learners.import.intro', { b: (chunks) => <strong>{chunks}</strong> })}</Text>
          <Row>
            <Button
              variant="default"
              leftSection={<IconDownload size={18} />}
              onClick={() => downloadText('joindesk-roster-template.csv', UTF8_BOM + ROSTER_TEMPLATE, 'text/csv;charset=utf-8')}
            >
              {t('learners.import.template')}
            </Button>
            <FileButton onChange={(f) => void choose(f)} accept=".csv,text/csv">
              {(props) => (
                <Button {...props} leftSection={<IconFileUpload size={18} />}>
                  {t('learners.import.choose')}
                </Button>
              )}
            </FileButton>
          </Row>
          {problem && (
            <Alert color="red" title={t('learners.import.problem.title')} data-testid="import-problem">
              {t('learners.import.problem.body', { problem: errorWords(problem, t) })}
            </Alert>
          )}
        </Stack>
      </Paper>

      {preview && file && outcome && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Title order={3} size="h4">
              {t.rich('learners.import.preview.title', { file: file.name, ltr })}
            </Title>
            <Text data-testid="import-counts">
              {previewSentence(
                preview.total,
                outcome,
                { registered: outcome.registered, full: outcome.full, duplicates: preview.duplicates, invalid: preview.invalid },
                t,
                list,
              )}
            </Text>

            {overGroups.length > 0 && (
              <Alert
                color="yellow"
                variant="light"
                icon={<IconAlertTriangle />}
                title={
                  overGroups.length === 1
                    ? t.rich('learners.import.limit.one', { group: <bdi>{overGroups[0]!.groupName}</bdi> })
                    : t('learners.import.limit.many', { n: overGroups.length })
                }
                data-testid="import-limit"
              >
                <Stack gap="sm">
                  <List size="sm">
                    {overGroups.map((g) => {
                      const left = Math.max(0, g.maxUses - g.usedCount);
                      return (
                        <List.Item key={g.groupId}>
                          {t.rich('learners.import.limit.group', {
                            group: <bdi>{g.groupName}</bdi>,
                            seats: g.maxUses,
                            taken: g.usedCount,
                            incoming: g.incoming[existing],
                            over: g.incoming[existing] - left,
                          })}
                        </List.Item>
                      );
                    })}
                  </List>
                  <Text size="sm">{t('learners.import.limit.explain')}</Text>
                  <Radio.Group
                    label={t('learners.import.limit.question')}
                    value={overLimit}
                    onChange={(v) => setOverLimit(v === 'raise' ? 'raise' : 'fit')}
                  >
                    <Stack gap="xs" mt="xs">
                      <Radio
                        value="fit"
                        label={t('learners.import.limit.fit', {
                          n: preview.outcomes[existing].fit.full,
                          groups: overGroups.length,
                        })}
                      />
                      <Radio
                        value="raise"
                        label={t.rich('learners.import.limit.raise', {
                          // Each group's name isolated, so "3 → 4" reads the right way round in Arabic too.
                          changes: intl.formatList(
                            overGroups.map((g) => (
                              <Fragment key={g.groupId}>
                                {t.rich('learners.import.limit.change', {
                                  group: <bdi>{g.groupName}</bdi>,
                                  from: g.maxUses,
                                  to: g.usedCount + g.incoming[existing],
                                })}
                              </Fragment>
                            )),
                            LIST,
                          ),
                        })}
                      />
                    </Stack>
                  </Radio.Group>
                  <Text size="sm">{t('learners.import.limit.or')}</Text>
                </Stack>
              </Alert>
            )}

            {preview.errorCount > 0 && (
              <>
                <Text fw={600}>{t('learners.import.problems.heading')}</Text>
                <ImportRowsTable
                  label={t('learners.import.problems.label')}
                  noteHeader={t('learners.import.problems.column')}
                  rows={preview.errors.map((e) => ({ ...e, note: reasonWords(e, t) }))}
                  total={preview.errorCount}
                />
              </>
            )}
            {preview.existing + preview.members > 0 && (
              <>
                <Text fw={600}>{t('learners.import.registered.heading')}</Text>
                <ImportRowsTable
                  label={t('learners.import.registered.heading')}
                  noteHeader={t('learners.import.registered.column')}
                  rows={preview.registered.map((r) => ({
                    ...r,
                    note:
                      r.status === 'member'
                        ? t('learners.import.registered.member', { group: r.groupName })
                        : existing === 'move'
                          ? t('learners.import.registered.moves', { from: r.currentGroupName ?? '', to: r.groupName })
                          : t('learners.import.registered.stays', { from: r.currentGroupName ?? '' }),
                  }))}
                  total={preview.existing + preview.members}
                />
              </>
            )}
            {preview.existing > 0 && (
              <Radio.Group
                label={t('learners.import.existing.label')}
                value={existing}
                onChange={(v) => {
                  setExisting(v === 'move' ? 'move' : 'skip');
                  setOverLimit(null);
                }}
              >
                <Stack gap="xs" mt="xs">
                  <Radio value="skip" label={t('learners.import.existing.skip')} />
                  <Radio value="move" label={t('learners.import.existing.move')} />
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
                  {overGroups.length > 0 && !overLimit ? t('learners.import.chooseLimit') : importButton(outcome, t)}
                </Button>
                <Button variant="default" onClick={() => setPreview(null)}>
                  {t('learners.action.cancel')}
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
  const t = useAdminText();
  const list = useListWords();
  const rejectedName = t('learners.import.rejected.file', { name: fileName.replace(/\.csv$/i, '') });
  // The file's own columns as it had them; the row and the reason added in the admin's language.
  const rejectedCsv = () =>
    rejectedRowsCsv(summary, {
      row: t('learners.import.rejected.rowColumn'),
      reason: t('learners.import.rejected.reasonColumn'),
      reasonOf: (r) => reasonWords(r, t),
    });
  return (
    <Stack>
      <Alert color="teal" icon={<IconCheck />} title={t('learners.import.done.title')} data-testid="import-summary">
        {summarySentence(summary, t, list)}
        {summary.raised.map((r) => (
          <Text key={r.groupId} size="sm" mt={4}>
            {t('learners.import.raised', { group: r.groupName, from: r.from, to: r.to })}
          </Text>
        ))}
      </Alert>
      {summary.rejected.length > 0 && (
        <Paper withBorder p="lg" radius="md">
          <Stack>
            <Row justify="space-between">
              <Title order={3} size="h4">
                {t('learners.import.rejected.heading', { n: summary.rejected.length })}
              </Title>
              <Button
                variant="default"
                leftSection={<IconDownload size={18} />}
                // Built here from the rows main sent back: the admin's own file, so nothing is written by main and no path moves.
                onClick={() => downloadText(rejectedName, rejectedCsv(), 'text/csv;charset=utf-8')}
              >
                {t('learners.import.rejected.download')}
              </Button>
            </Row>
            <Text size="sm">{t('learners.import.rejected.explain')}</Text>
            <ImportRowsTable
              label={t('learners.import.rejected.label')}
              noteHeader={t('learners.import.rejected.column')}
              rows={summary.rejected.map((r) => ({ ...r, note: reasonWords(r, t) }))}
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
  const t = useAdminText();
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
      <Progress value={percent} size="xl" striped animated aria-label={t('learners.import.progress.label')} />
      <Text size="sm" data-testid="import-progress">
        {t('learners.import.progress', { done: p.done, total: p.total })}
      </Text>
    </Stack>
  );
}

/** A file name inside a sentence: whole and left to right, even in Arabic. */
const ltr = (chunks: ReactNode[]) => <bdi dir="ltr">{chunks}</bdi>;

/** Lists in the admin's language: "a, b, c" in English, "a、b、c" in Chinese (never "and": these are counts side by side). */
const LIST = { type: 'conjunction', style: 'narrow' } as const;
function useListWords(): ListWords {
  const intl = useIntl();
  return (parts) => intl.formatList(parts, LIST);
}

/** Why a row is left out, in the admin's language: main sends the sentence's id and values beside its English. */
const reasonWords = (row: Pick<ImportRejectedRow, 'message' | 'reasonText'>, t: AdminWords): string =>
  errorWords({ message: row.message, text: row.reasonText }, t);
