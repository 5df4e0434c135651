import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { Api } from '../../../shared/contract';
import type { AppErrorData, Result } from '../../../shared/result';
import { adminApi } from '../api';
import { notifyError } from './call';

type AdminChannel = keyof Api;
type ChannelInput<C extends AdminChannel> = Parameters<Api[C]>[0];
type ChannelOutput<C extends AdminChannel> = Awaited<ReturnType<Api[C]>> extends Result<infer T> ? T : never;

export interface ChannelRead<T> {
  /** The latest answer; kept while a newer one is on its way, so a screen does not flash empty. */
  data: T | null;
  /** The latest failure, or null once an answer came. */
  error: AppErrorData | null;
  /** A read for the current input is on its way. */
  loading: boolean;
  /** Reads again with the same input (after a change elsewhere). */
  reload: () => void;
  /** Takes a value the screen already has (a save's answer) as the latest answer. */
  set: (data: T) => void;
}

/**
 * The one way a screen reads data: calls `channel` with `input` whenever the input or anything
 * in `refresh` changes (`input` null: nothing to read yet), and keeps only the answer to the
 * latest call, so a slow answer to an old question never overwrites a newer one. A failure is
 * shown as a notification unless `onError` says otherwise. Inputs are plain JSON values.
 */
export function useChannel<C extends AdminChannel>(
  channel: C,
  input: ChannelInput<C> | null,
  options: { refresh?: readonly unknown[]; onError?: (error: AppErrorData) => void } = {},
): ChannelRead<ChannelOutput<C>> {
  type T = ChannelOutput<C>;
  const key = input === null ? null : JSON.stringify({ channel, input, refresh: options.refresh ?? [] });
  const [version, setVersion] = useState(0);
  const [answer, setAnswer] = useState<{ key: string | null; version: number; data: T | null; error: AppErrorData | null }>({
    key: null,
    version: 0,
    data: null,
    error: null,
  });
  const failed = useEffectEvent((error: AppErrorData) => (options.onError ?? notifyError)(error));

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const call = adminApi[channel] as (input: unknown) => Promise<Result<T>>;
    void call((JSON.parse(key) as { input: unknown }).input).then((result) => {
      if (!current) return;
      if (result.ok) setAnswer({ key, version, data: result.value, error: null });
      else {
        setAnswer((a) => ({ ...a, key, version, error: result.error }));
        failed(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [channel, key, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const set = useCallback((data: T) => setAnswer((a) => ({ ...a, data, error: null })), []);
  return {
    data: answer.data,
    error: answer.error,
    loading: key !== null && (answer.key !== key || answer.version !== version),
    reload,
    set,
  };
}
