import fs from 'node:fs';
import path from 'node:path';
import type { App } from './app';
import { inspectData, signUpLoop, sleep, startApp } from './app';
import { freshDir } from './kills';
import type { Scenario } from './scenarios';

export const twoProcesses: Scenario = {
  name: 'two processes on one data folder: the last seat and one email',
  async run(quick) {
    const rounds = quick ? 3 : 10;
    const dir = freshDir('two');
    const a = await startApp(dir);
    const b = await startApp(dir);
    const problems: string[] = [];
    let seatsTaken = 0;
    let duplicates = 0;
    try {
      const open = (await a.admin('groups-create', { name: 'Open Door' })).value;
      await a.admin('admin-pin-set', { pin: '48151623' });
      for (let round = 0; round < rounds; round++) {
        // A second "already registered" counts as a wrong guess: start each round with clean counts.
        await a.admin('kiosk-unlock', { pin: '48151623' });
        const group = (await a.admin('groups-create', { name: `Seven Seats ${round}` })).value;
        await a.admin('join-code-settings', { groupId: group.id, maxUses: 7 });
        const apps: App[] = [a, b];
        const answers = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            apps[i % 2]!.kiosk('kiosk-register', {
              name: `Seat ${i}`,
              email: `seat${round}-${i}@example.com`,
              code: group.joinCode,
            }),
          ),
        );
        const ok = answers.filter((r) => r.ok).length;
        seatsTaken += ok;
        if (ok !== 7) problems.push(`round ${round}: ${ok} of 7 seats taken`);
        const same = await Promise.all(
          apps.map((app) =>
            app.kiosk('kiosk-register', { name: 'Same Person', email: `same${round}@example.com`, code: open.joinCode }),
          ),
        );
        const twice = same.filter((r) => r.ok).length;
        if (twice !== 1) {
          duplicates++;
          problems.push(`round ${round}: the same email was registered ${twice} times`);
        }
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const data = inspectData(dir);
    data.db.close();
    if (data.integrity !== 'ok') problems.push('integrity failure');
    return {
      figures: {
        rounds,
        'seats taken (7 a round)': seatsTaken,
        'emails registered twice': duplicates,
        integrity: data.integrity,
      },
      problems,
    };
  },
};

export const soak: Scenario = {
  name: 'a soak: sign-ups as fast as 8 kiosks can',
  async run(quick) {
    const seconds = quick ? 8 : 180;
    const dir = freshDir('soak');
    const app = await startApp(dir);
    const group = (await app.admin('groups-create', { name: 'Soak Wave' })).value;
    const loop = signUpLoop(app, group.joinCode, 'soak-', 8);
    let walMax = 0;
    const wal = path.join(dir, 'joindesk.db-wal');
    const started = performance.now();
    while (performance.now() - started < seconds * 1000) {
      await sleep(250);
      if (fs.existsSync(wal)) walMax = Math.max(walMax, fs.statSync(wal).size);
    }
    await loop.stop();
    const elapsed = (performance.now() - started) / 1000;
    await app.stop();
    const data = inspectData(dir);
    data.db.close();
    const lost = loop.acknowledged.filter((e) => !data.emails.has(e)).length;
    return {
      figures: {
        seconds: Math.round(elapsed),
        'acknowledged sign-ups': loop.acknowledged.length,
        'sign-ups a second': Math.round(loop.acknowledged.length / elapsed),
        lost,
        'largest WAL': `${(walMax / 1024 / 1024).toFixed(1)} MB`,
        'longest request': `${Math.round(loop.figures.longestRequest)} ms`,
        integrity: data.integrity,
      },
      problems: [...(lost ? [`${lost} lost`] : []), ...(data.integrity === 'ok' ? [] : ['integrity failure'])],
    };
  },
};
