import type { ReactNode } from 'react';
import { createElement, Fragment, useMemo } from 'react';
import type { IntlShape, PrimitiveType } from 'react-intl';
import { useIntl } from 'react-intl';
import type { AppErrorData } from '../../../../shared/result';
import { textOf } from '../../../../shared/text';
import type { AdminCatalogue, AdminMessageId } from './en';
import { en } from './en';
import { catalogueLoader } from '../loadCatalogue';

export type { AdminCatalogue, AdminMessageId };

export const loadAdminCatalogue = catalogueLoader<AdminCatalogue>(en, {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  pt: () => import('./pt'),
  ar: () => import('./ar'),
  'zh-Hans': () => import('./zh-Hans'),
});

type Values = Record<string, PrimitiveType>;
/** Values of a message with tags (`<b>…</b>`): a tag is a function from its contents to what shows. */
type RichValues = Record<string, PrimitiveType | ReactNode | ((chunks: ReactNode[]) => ReactNode)>;

/** A message and its values, to be worded where it is shown (in whatever language is on then). */
export interface AdminText {
  id: AdminMessageId;
  values?: Values;
}

export interface AdminWords {
  /** One message as text: `t('groups.title')`, `t('groups.count', { n })`. */
  (id: AdminMessageId | AdminText, values?: Values): string;
  /** A message with tags, as React content: `t.rich('drawer.moved', { b: (c) => <b>{c}</b> })`. */
  rich: (id: AdminMessageId, values: RichValues) => ReactNode;
}

function wordsOf(intl: IntlShape): AdminWords {
  const t = ((id: AdminMessageId | AdminText, values?: Values) =>
    typeof id === 'string' ? intl.formatMessage({ id }, values) : intl.formatMessage({ id: id.id }, id.values)) as AdminWords;
  t.rich = (id, values) => createElement(Fragment, null, intl.formatMessage({ id }, values as never) as ReactNode);
  return t;
}

/** Words the admin's messages in the page's language. */
export function useAdminText(): AdminWords {
  const intl = useIntl();
  return useMemo(() => wordsOf(intl), [intl]);
}

// For code outside React (a notification raised after a call): the words of the language on screen.
let current: AdminWords | null = null;
export function rememberAdminIntl(intl: IntlShape): void {
  current = wordsOf(intl);
}
export function adminText(id: AdminMessageId | AdminText, values?: Values): string {
  if (!current) throw new Error('The admin language is not set up yet.');
  return current(id, values);
}

/**
 * What an error from main (or a schema's message) says, in the admin's language: its sentence as
 * `text`, or found again by its English words; main's English as it came only for words that are
 * in no catalogue (none should be: every sentence main says is in shared/text.ts).
 */
export function errorWords(
  error: Pick<AppErrorData, 'message' | 'text'>,
  t: (id: AdminMessageId, values?: Values) => string = adminText,
): string {
  const text = error.text ?? textOf(error.message);
  return text ? t(text.id, text.values) : error.message;
}
