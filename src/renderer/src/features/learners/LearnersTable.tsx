import { Anchor, Badge, Center, Group as Row, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Learner, LearnerSort } from '../../../../shared/types';
import { adminApi } from '../../api';
import type { AdminMessageId } from '../../i18n/admin';
import { useAdminText } from '../../i18n/admin';
import { notifyError } from '../../lib/call';
import { formatDateTime } from '../../lib/format';
import { roleWords } from './learnerWords';
import classes from './learnersTable.module.css';

const PAGE = 100;
/** learners-list gives at most 500 rows at once. */
const MAX_RUN = 5;
const ROW_HEIGHT = 44;

interface Props {
  groupId?: number;
  search?: string;
  showGroup?: boolean;
  emptyText: string;
  height?: string;
  /** Bump to fetch again (after a change elsewhere). */
  version?: number;
  onOpen?: (learner: Learner) => void;
}

/**
 * Every matching learner in one scrolling list: rows are fetched a page at a time from SQLite as
 * they scroll into view and only the visible ones are drawn, so a million rows scroll like ten.
 */
export function LearnersTable(props: Props) {
  const { groupId, search, version } = props;
  const t = useAdminText();
  const [sort, setSort] = useState<{ by: LearnerSort; dir: 'asc' | 'desc' }>({ by: 'registeredAt', dir: 'desc' });
  const query = useMemo(() => JSON.stringify({ groupId, search, sort, version }), [groupId, search, sort, version]);
  const [data, setData] = useState<Loaded>(() => empty(query));
  // A new query starts from nothing; state from the previous one is not shown.
  const current = data.query === query ? data : empty(query);
  const loading = useRef(new Set<string>());
  const scroller = useRef<HTMLDivElement>(null);

  // TanStack Virtual is not React-Compiler-memoizable; this component does not need that.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: current.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;

  useEffect(() => {
    const wanted = (current.total === null ? [0] : range(Math.floor(first / PAGE), Math.floor(last / PAGE))).filter(
      (page) => !current.pages.has(page) && !loading.current.has(`${query}#${page}`),
    );
    // Adjacent missing pages come in one request: a jump to anywhere is one round trip.
    for (const run of runs(wanted)) {
      const start = run[0]!;
      const marker = current.next.get(start - 1);
      if (marker === null) continue; // the page before was the last one
      // The page before is on its way: wait for its marker rather than seek by position.
      if (marker === undefined && loading.current.has(`${query}#${start - 1}`)) continue;
      for (const page of run) loading.current.add(`${query}#${page}`);
      void adminApi['learners-list']({
        groupId,
        search: search || undefined,
        sort: sort.by,
        direction: sort.dir,
        limit: run.length * PAGE,
        // The page after a loaded one continues from its marker (an index seek); any other starts at its position.
        ...(marker !== undefined ? { after: marker } : { offset: start * PAGE }),
        count: current.total === null,
      }).then((r) => {
        for (const page of run) loading.current.delete(`${query}#${page}`);
        if (!r.ok) return notifyError(r.error);
        setData((d) => {
          const base = d.query === query ? d : empty(query);
          const pages = new Map(base.pages);
          run.forEach((page, i) => pages.set(page, r.value.items.slice(i * PAGE, (i + 1) * PAGE)));
          const next = new Map(base.next).set(run.at(-1)!, r.value.next);
          return r.value.total === undefined
            ? { ...base, pages, next }
            : { ...base, pages, next, total: r.value.total, capped: r.value.capped, searched: r.value.searched };
        });
      });
    }
  }, [query, first, last, current.total, current.pages, current.next, groupId, search, sort]);

  const columns = props.showGroup ? '1.8fr 2.2fr 1.5fr 0.9fr 0.9fr 1.7fr' : '2fr 2.4fr 0.9fr 0.9fr 1.7fr';
  const header: [AdminMessageId, LearnerSort | null][] = [
    ['learners.column.name', 'name'],
    ['learners.column.email', 'email'],
    ...(props.showGroup ? ([['learners.column.group', 'group']] as [AdminMessageId, LearnerSort][]) : []),
    ['learners.column.role', null],
    ['learners.column.source', null],
    ['learners.column.registered', 'registeredAt'],
  ];
  const total = current.total;

  return (
    <div>
      <div
        ref={scroller}
        className={classes.scroller}
        style={{ height: props.height ?? 'min(60vh, 640px)' }}
        role="table"
        aria-label={t('learners.table.label')}
        aria-rowcount={(total ?? 0) + 1}
      >
        <div
          className={`${classes.row} ${classes.header}`}
          style={{ gridTemplateColumns: columns, height: ROW_HEIGHT }}
          role="row"
          aria-rowindex={1}
        >
          {header.map(([label, key]) => (
            <div
              key={label}
              role="columnheader"
              aria-sort={key && sort.by === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {key ? (
                <UnstyledButton
                  fw={700}
                  fz="sm"
                  onClick={() => setSort((s) => ({ by: key, dir: s.by === key && s.dir === 'asc' ? 'desc' : 'asc' }))}
                >
                  <Row gap={4} wrap="nowrap">
                    {t(label)}
                    {sort.by === key && (sort.dir === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
                  </Row>
                </UnstyledButton>
              ) : (
                t(label)
              )}
            </div>
          ))}
        </div>
        <div className={classes.body} style={{ height: virtualizer.getTotalSize() }} role="rowgroup">
          {items.map((item) => {
            const learner = current.pages.get(Math.floor(item.index / PAGE))?.[item.index % PAGE];
            return (
              <div
                key={item.key}
                className={`${classes.row} ${classes.bodyRow}`}
                style={{ gridTemplateColumns: columns, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                role="row"
                aria-rowindex={item.index + 2}
              >
                {learner ? (
                  <>
                    <div role="cell">
                      {props.onOpen ? (
                        <Anchor component="button" fz="sm" fw={500} onClick={() => props.onOpen?.(learner)}>
                          <bdi>{learner.name}</bdi>
                        </Anchor>
                      ) : (
                        <bdi>{learner.name}</bdi>
                      )}
                    </div>
                    <div role="cell">
                      <bdi dir="ltr">{learner.email}</bdi>
                    </div>
                    {props.showGroup && <div role="cell">{learner.groupName}</div>}
                    <div role="cell">{roleWords(learner.role, t)}</div>
                    <div role="cell">
                      <Badge variant="outline" color="gray.7">
                        {t(`learners.source.${learner.source}`)}
                      </Badge>
                    </div>
                    <div role="cell">{formatDateTime(learner.registeredAt)}</div>
                  </>
                ) : (
                  <div role="cell">
                    <Text size="sm" c="dimmed">
                      {t('learners.table.loading')}
                    </Text>
                  </div>
                )}
              </div>
            );
          })}
        </div>
        {total === 0 && (
          <Center p="xl">
            <Text c="dimmed">{props.emptyText}</Text>
          </Center>
        )}
      </div>
      <Text size="sm" c="dimmed" mt="xs" data-testid="learner-count">
        {total === null
          ? t('learners.table.loading')
          : current.searched !== undefined
            ? t('learners.table.searched', { n: total, searched: current.searched })
            : t(current.capped ? 'learners.table.capped' : 'learners.table.count', { n: total })}
      </Text>
    </div>
  );
}

interface Loaded {
  query: string;
  total: number | null;
  capped?: boolean;
  /** Only this many learners, those who registered last, were looked through. */
  searched?: number;
  pages: Map<number, Learner[]>;
  /** Each loaded run's last page → the marker of the page after it (null: it was the last). */
  next: Map<number, string | null>;
}

const empty = (query: string): Loaded => ({ query, total: null, pages: new Map(), next: new Map() });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Consecutive pages in runs of at most MAX_RUN (the channel's largest page). */
function runs(pages: number[]): number[][] {
  const out: number[][] = [];
  for (const page of pages) {
    const run = out.at(-1);
    if (run && run.at(-1) === page - 1 && run.length < MAX_RUN) run.push(page);
    else out.push([page]);
  }
  return out;
}
