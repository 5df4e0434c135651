import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { inspectData, signUpLoop, sleep, startApp } from './app';
import { freshDir } from './kills';
import type { Scenario, ScenarioResult } from './scenarios';

/** Mounts a small tmpfs (root, and a system that allows it), or says why not. */
function mountSmallDisk(dir: string, size: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    const said = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return `cannot mount a tmpfs here (${said || (error as Error).message})`;
  }
}

export const fullDisk: Scenario = {
  name: 'a full disk',
  async run(quick): Promise<ScenarioResult> {
    const dir = freshDir('disk');
    const refused = mountSmallDisk(dir, '6m');
    if (refused) return { figures: {}, problems: [], skipped: refused };
    try {
      // Room to free later, as an admin would by deleting something.
      fs.writeFileSync(path.join(dir, 'spare-room.bin'), Buffer.alloc(1024 * 1024));
      const app = await startApp(dir);
      const group = (await app.admin('groups-create', { name: 'Full Disk Wave' })).value;
      const loop = signUpLoop(app, group.joinCode, 'disk-', 4);
      const deadline = Date.now() + (quick ? 60_000 : 120_000);
      while (!loop.codes.get('disk-full') && Date.now() < deadline) await sleep(100);
      await loop.stop();
      const backup = await app.admin('backup-create', {});
      fs.rmSync(path.join(dir, 'spare-room.bin'));
      const after = await app.kiosk('kiosk-register', {
        name: 'After Space',
        email: 'after-space@example.com',
        code: group.joinCode,
      });
      await app.stop();
      const data = inspectData(dir);
      data.db.close();
      const lost = loop.acknowledged.filter((e) => !data.emails.has(e)).length;
      const named = loop.codes.get('disk-full') ?? 0;
      const backups = path.join(dir, 'backups');
      const leftover = fs.existsSync(backups) ? fs.readdirSync(backups) : [];
      return {
        figures: {
          'acknowledged before the disk filled': loop.acknowledged.length,
          lost,
          'answers naming the full disk': named,
          'other failures':
            [...loop.codes]
              .filter(([c]) => c !== 'ok' && c !== 'disk-full')
              .map(([c, n]) => `${c}×${n}`)
              .join(', ') || 'none',
          'backup on the full disk': backup.ok ? 'made' : backup.error.code,
          'files left in backups/': leftover.length,
          'sign-up once space was freed': after.ok ? 'ok' : after.error.code,
          integrity: data.integrity,
        },
        problems: [
          ...(lost ? [`${lost} acknowledged sign-ups lost`] : []),
          ...(named ? [] : ['the full disk was never named']),
          ...(data.integrity === 'ok' ? [] : ['integrity failure']),
          ...(after.ok ? [] : ['no recovery once space was freed']),
          ...(backup.ok || leftover.length === 0 ? [] : ['a failed backup left files behind']),
        ],
      };
    } finally {
      execFileSync('umount', [dir]);
    }
  },
};
