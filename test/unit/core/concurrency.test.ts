import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeCore, tempDir } from '../helpers';

const run = promisify(execFile);
const WORKER = path.join(import.meta.dirname, 'workers', 'register.ts');

describe('the last seat under concurrency', () => {
  it('several processes racing on one database file: exactly max-uses registrations succeed', async () => {
    const file = path.join(tempDir(), 'joindesk.db');
    const t = makeCore(file);
    const g = t.must('groups-create', { name: 'Small class' });
    t.must('join-code-settings', { groupId: g.id, maxUses: 7 });
    t.db.close();

    const processes = 6;
    const perProcess = 4;
    const startAt = String(Date.now() + 3000);
    const outputs = await Promise.all(
      Array.from({ length: processes }, (_, w) =>
        run(process.execPath, ['--import', 'tsx', WORKER, file, g.joinCode, startAt, String(w), String(perProcess)]),
      ),
    );
    const outcomes = outputs.flatMap(({ stdout }) => JSON.parse(stdout) as string[]);
    expect(outcomes).toHaveLength(processes * perProcess);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(7);
    expect(outcomes.filter((o) => o !== 'ok').every((o) => o === 'group-full')).toBe(true);

    const after = makeCore(file);
    expect(after.must('groups-get', { id: g.id })).toMatchObject({ usedCount: 7, memberCount: 7, codeState: 'full' });
    expect(after.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 60_000);
});
