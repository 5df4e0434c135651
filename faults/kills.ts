import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listBackups } from '../src/main/files/backupFolder';
import type { App } from './app';
import { inspectData, randomBetween, roster, signUpLoop, sleep, startApp } from './app';
import type { Scenario } from './scenarios';

export const freshDir = (label: string) => fs.mkdtempSync(path.join(os.tmpdir(), `joindesk-faults-${label}-`));

/** The first group's live code, made if there is none. */
async function groupCode(app: App, name = 'Fault Wave'): Promise<{ id: number; code: string }> {
  const list = await app.admin('groups-list', { search: name });
  const found = list.ok ? list.value.items[0] : undefined;
  const group = found ?? (await app.admin('groups-create', { name })).value;
  return { id: group.id, code: group.joinCode };
}

/** Every backup under a real name must open whole: integrity_check = ok. */
function partialBackups(dataDir: string): { real: number; partial: number; leftovers: number } {
  const dir = path.join(dataDir, 'backups');
  const names = fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  const real = names.filter((n) => /^(joindesk|auto|before-restore|uploaded)-.*\.db$/.test(n));
  let partial = 0;
  for (const name of real) {
    try {
      const db = new Database(path.join(dir, name), { readonly: true, fileMustExist: true });
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') partial++;
      db.close();
    } catch {
      partial++;
    }
  }
  return { real: real.length, partial, leftovers: names.length - real.length };
}

export const killMidSignUp: Scenario = {
  name: 'kill -9 in the middle of sign-ups',
  async run(quick) {
    const runs = quick ? 15 : 120;
    const dataDir = freshDir('signup');
    let acknowledged = 0;
    let lost = 0;
    let integrityFailures = 0;
    for (let run = 0; run < runs; run++) {
      const app = await startApp(dataDir);
      const { code } = await groupCode(app);
      const loop = signUpLoop(app, code, `r${run}-`, 8);
      await sleep(randomBetween(30, 300));
      await app.kill();
      await loop.stop();
      const data = inspectData(dataDir);
      data.db.close();
      acknowledged += loop.acknowledged.length;
      lost += loop.acknowledged.filter((e) => !data.emails.has(e)).length;
      if (data.integrity !== 'ok') integrityFailures++;
    }
    return {
      figures: { runs, 'acknowledged sign-ups': acknowledged, lost, 'integrity failures': integrityFailures },
      problems: [
        ...(lost ? [`${lost} acknowledged sign-ups lost`] : []),
        ...(integrityFailures ? [`${integrityFailures} integrity failures`] : []),
        ...(acknowledged === 0 ? ['no sign-up was acknowledged: the scenario proved nothing'] : []),
      ],
    };
  },
};

export const killMidImport: Scenario = {
  name: 'kill -9 in the middle of a 20,000-row import, then a start',
  async run(quick) {
    const runs = quick ? 4 : 30;
    const dataDir = freshDir('import');
    const counts: number[] = [];
    let integrityFailures = 0;
    for (let run = 0; run < runs; run++) {
      const app = await startApp(dataDir);
      await groupCode(app, 'Bulk Wave');
      void app
        .admin('learners-import-commit', { csv: roster(20_000, `Imp${run}x`, 'Bulk Wave'), existing: 'skip' })
        .catch(() => null);
      await sleep(randomBetween(200, quick ? 5000 : 9000));
      await app.kill();
      // The next start takes back an import the kill cut short: then it must be whole or absent.
      await (await startApp(dataDir)).stop();
      const data = inspectData(dataDir);
      counts.push(data.db.prepare('SELECT count(*) FROM learners WHERE email LIKE ?').pluck().get(`imp${run}x%`) as number);
      data.db.close();
      if (data.integrity !== 'ok') integrityFailures++;
    }
    const partial = counts.filter((c) => c !== 0 && c !== 20_000).length;
    return {
      figures: {
        runs,
        'imports whole': counts.filter((c) => c === 20_000).length,
        'imports absent': counts.filter((c) => c === 0).length,
        'imports partial': partial,
        'integrity failures': integrityFailures,
      },
      problems: [...(partial ? [`${partial} partial imports`] : []), ...(integrityFailures ? ['integrity failures'] : [])],
    };
  },
};

/** A folder with some data, made once and copied for every run that needs it. */
async function templateWith(learners: number): Promise<string> {
  const dir = freshDir('template');
  const app = await startApp(dir);
  await groupCode(app, 'Template Wave');
  await app.admin('learners-import-commit', { csv: roster(learners, 'Tpl', 'Template Wave'), existing: 'skip' });
  await app.stop();
  return dir;
}

const copyOf = (template: string, label: string) => {
  const dir = freshDir(label);
  fs.cpSync(template, dir, { recursive: true });
  return dir;
};

export const killMidBackup: Scenario = {
  name: 'kill -9 in the middle of backups and automatic backups',
  async run(quick) {
    const runs = quick ? 4 : 20;
    const template = await templateWith(quick ? 20_000 : 60_000);
    let real = 0;
    let partial = 0;
    let leftovers = 0;
    let dailyMissed = 0;
    for (let run = 0; run < runs; run++) {
      const dataDir = copyOf(template, 'backup');
      const app = await startApp(dataDir);
      const channel = run % 2 ? 'backup-auto-run' : 'backup-create';
      void app.admin(channel, {}).catch(() => null);
      await sleep(randomBetween(50, 1500));
      await app.kill();
      const found = partialBackups(dataDir);
      real += found.real;
      partial += found.partial;
      leftovers += found.leftovers;
      // Start again: the daily backup must be made unless a whole one from today is there.
      const hadWholeAuto = listBackups(path.join(dataDir, 'backups')).some((b) => b.kind === 'automatic');
      const again = await startApp(dataDir);
      const auto = await again.admin('backup-auto-run', {});
      if (!auto.ok || (auto.value.made === null && !hadWholeAuto)) dailyMissed++;
      await again.stop();
    }
    return {
      figures: {
        runs,
        'backups under a real name': real,
        'partial backups under a real name': partial,
        'unfinished temp files left (cleared at start once stale)': leftovers,
        'daily backups skipped after an interrupted one': dailyMissed,
      },
      problems: [
        ...(partial ? [`${partial} partial backups under a real name`] : []),
        ...(dailyMissed ? ['daily backup skipped'] : []),
      ],
    };
  },
};

export const killMidRestore: Scenario = {
  name: 'kill -9 in the middle of restores',
  async run(quick) {
    const runs = quick ? 4 : 20;
    const template = await templateWith(quick ? 10_000 : 40_000);
    // The backup holds the template's data; then one more group is added: restored or not, never mixed.
    const app = await startApp(template);
    const backup = await app.admin('backup-create', {});
    await app.admin('groups-create', { name: 'Made after the backup' });
    await app.stop();
    const outcomes = { before: 0, after: 0, mixed: 0, integrity: 0, refusedToStart: 0 };
    for (let run = 0; run < runs; run++) {
      const dataDir = copyOf(template, 'restore');
      const running = await startApp(dataDir);
      void running.admin('backup-restore', { name: backup.value.name }).catch(() => null);
      await sleep(randomBetween(30, quick ? 1500 : 5000));
      await running.kill();
      const data = inspectData(dataDir);
      const groups = data.db.prepare('SELECT name FROM groups ORDER BY name').pluck().all() as string[];
      const learners = data.db.prepare('SELECT count(*) FROM learners').pluck().get() as number;
      data.db.close();
      if (data.integrity !== 'ok') outcomes.integrity++;
      if (groups.includes('Made after the backup') && learners === (quick ? 10_000 : 40_000)) outcomes.before++;
      else if (groups.length === 1 && learners === (quick ? 10_000 : 40_000)) outcomes.after++;
      else outcomes.mixed++;
      try {
        await (await startApp(dataDir)).stop();
      } catch {
        outcomes.refusedToStart++;
      }
    }
    return {
      figures: {
        runs,
        'as before the restore': outcomes.before,
        restored: outcomes.after,
        mixed: outcomes.mixed,
        'integrity failures': outcomes.integrity,
        'would not start afterwards': outcomes.refusedToStart,
      },
      problems: [
        ...(outcomes.mixed ? [`${outcomes.mixed} mixed`] : []),
        ...(outcomes.integrity ? ['integrity failures'] : []),
        ...(outcomes.refusedToStart ? ['did not start after a killed restore'] : []),
      ],
    };
  },
};

/**
 * Eight kiosks at once (the most one caller may have in flight), so sign-ups share commits (group
 * commit), with sign-ups that must fail mixed into the same commits (a group that is full). After
 * each kill -9: every acknowledged sign-up is there, no refused one is, and the file is whole.
 */
export const killMidGroupedSignUps: Scenario = {
  name: 'kill -9 in the middle of sign-ups sharing commits',
  async run(quick) {
    const runs = quick ? 10 : 60;
    const dataDir = freshDir('grouped');
    let acknowledged = 0;
    let refused = 0;
    let lost = 0;
    let storedRefused = 0;
    let integrityFailures = 0;
    for (let run = 0; run < runs; run++) {
      const app = await startApp(dataDir);
      const { code } = await groupCode(app);
      const full = await groupCode(app, 'Full Wave');
      if (run === 0) await app.admin('join-code-settings', { groupId: full.id, maxUses: 1 });
      const loop = signUpLoop(app, code, `g${run}-`, 6);
      const refusedLoop = signUpLoop(app, full.code, `f${run}-`, 2);
      await sleep(randomBetween(50, 400));
      await app.kill();
      await Promise.all([loop.stop(), refusedLoop.stop()]);
      const data = inspectData(dataDir);
      data.db.close();
      acknowledged += loop.acknowledged.length;
      lost += [...loop.acknowledged, ...refusedLoop.acknowledged].filter((e) => !data.emails.has(e)).length;
      refused += refusedLoop.codes.get('group-full') ?? 0;
      storedRefused += [...data.emails].filter((e) => e.startsWith(`f${run}-`) && !refusedLoop.acknowledged.includes(e)).length;
      if (data.integrity !== 'ok') integrityFailures++;
    }
    return {
      figures: {
        runs,
        'acknowledged sign-ups': acknowledged,
        'refused in the same commits (group full)': refused,
        lost,
        'refused yet stored': storedRefused,
        'integrity failures': integrityFailures,
      },
      problems: [
        ...(lost ? [`${lost} acknowledged sign-ups lost`] : []),
        ...(storedRefused ? [`${storedRefused} refused sign-ups stored`] : []),
        ...(integrityFailures ? [`${integrityFailures} integrity failures`] : []),
        ...(acknowledged === 0 || refused === 0 ? ['no sign-up was acknowledged or refused: the scenario proved nothing'] : []),
      ],
    };
  },
};
