import type { App } from './app';
import { roster, signUpLoop, startApp } from './app';
import { freshDir } from './kills';
import type { Scenario } from './scenarios';

/** Runs `work` while two kiosks keep signing learners up; how long did any of them wait? */
async function kioskDuring(app: App, code: string, label: string, work: () => Promise<unknown>) {
  const loop = signUpLoop(app, code, `${label}-`, 2);
  const result = await work();
  await loop.stop();
  return { result, loop };
}

export const stalls: Scenario = {
  name: 'how long a kiosk waits during a backup, a restore and a large import',
  async run(quick) {
    const rows = quick ? 20_000 : 100_000;
    const app = await startApp(freshDir('stall'));
    const problems: string[] = [];
    const figures: Record<string, string> = {};
    try {
      const group = (await app.admin('groups-create', { name: 'Stall Wave' })).value;
      await app.admin('learners-import-commit', { csv: roster(rows, 'Base', 'Stall Wave'), existing: 'skip' });
      const phases: [string, () => Promise<{ ok: boolean; value?: { name?: string } }>][] = [];
      let backupName = '';
      phases.push([
        `backup of ${rows.toLocaleString('en')} learners`,
        async () => {
          const r = await app.admin('backup-create', {});
          if (r.ok) backupName = r.value.name;
          return r;
        },
      ]);
      phases.push(['restore of that backup', () => app.admin('backup-restore', { name: backupName })]);
      phases.push([
        `import of ${rows.toLocaleString('en')} rows`,
        () => app.admin('learners-import-commit', { csv: roster(rows, 'More', 'Stall Wave'), existing: 'skip' }),
      ]);
      for (const [label, work] of phases) {
        const { result, loop } = await kioskDuring(app, group.joinCode, label.split(' ')[0]!, work);
        if (!(result as { ok: boolean }).ok) problems.push(`${label} failed`);
        const other = [...loop.codes].filter(([c]) => c !== 'ok');
        figures[label] =
          `longest request ${Math.round(loop.figures.longestRequest)} ms; longest wait for a learner ${Math.round(loop.figures.longestWait)} ms; ` +
          `${loop.acknowledged.length} signed up` +
          (other.length ? `; other answers ${other.map(([c, n]) => `${c}×${n}`).join(', ')}` : '');
        // Paused answers come at once; a request that itself hangs means the server stalled.
        if (loop.figures.longestRequest > 1000)
          problems.push(`${label}: a request took ${Math.round(loop.figures.longestRequest)} ms`);
      }
    } finally {
      await app.stop();
    }
    return { figures, problems };
  },
};
