import type { Core } from '../core';

const HOUR_MS = 60 * 60 * 1000;

/** Asks the core for its daily backup now and every hour (it makes one only when a day has passed). */
export function scheduleBackups(core: Core): () => void {
  const run = () => {
    void Promise.resolve(core.call('backup-auto-run', {})).then((r) => {
      if (!r.ok) console.error(`[backup] automatic backup failed: ${r.error.code}`);
    });
  };
  const first = setTimeout(run, 60_000); // not during start-up
  const timer = setInterval(run, HOUR_MS);
  first.unref?.();
  timer.unref?.();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
