import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, StartRefused } from './app';
import { freshDir } from './kills';
import type { Scenario } from './scenarios';

const hash = (file: string) =>
  fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent';

/** A data folder with a JoinDesk file made by the app itself, stopped cleanly. */
async function joindeskFolder(): Promise<string> {
  const dir = freshDir('start');
  const app = await startApp(dir);
  await app.admin('groups-create', { name: 'Real data' });
  await app.stop();
  return dir;
}

const sqlite = (file: string, sql: string, pragmas: string[] = []) => {
  const db = new Database(file);
  db.exec(sql);
  for (const p of pragmas) db.pragma(p);
  db.close();
};

/** Each makes a folder holding a data file JoinDesk must refuse, and leave exactly as it is. */
const BAD_FILES: [string, () => Promise<string>][] = [
  [
    "another application's database (rollback mode)",
    async () => {
      const dir = freshDir('start');
      sqlite(path.join(dir, 'joindesk.db'), "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('theirs')", [
        'user_version = 7',
      ]);
      return dir;
    },
  ],
  [
    "another application's database, user_version 0, a clashing table",
    async () => {
      const dir = freshDir('start');
      sqlite(path.join(dir, 'joindesk.db'), 'CREATE TABLE learners (id INTEGER PRIMARY KEY, who TEXT)');
      return dir;
    },
  ],
  [
    'a JoinDesk file from a newer version, in rollback mode',
    async () => {
      const dir = await joindeskFolder();
      sqlite(path.join(dir, 'joindesk.db'), 'SELECT 1', ['journal_mode = DELETE', 'user_version = 9999']);
      return dir;
    },
  ],
  [
    'a JoinDesk file with a trigger added outside JoinDesk',
    async () => {
      const dir = await joindeskFolder();
      sqlite(path.join(dir, 'joindesk.db'), 'CREATE TRIGGER spy AFTER INSERT ON learners BEGIN SELECT 1; END', [
        'journal_mode = DELETE',
      ]);
      return dir;
    },
  ],
  [
    'garbage',
    async () => {
      const dir = freshDir('start');
      fs.writeFileSync(path.join(dir, 'joindesk.db'), Buffer.alloc(16384, 0x5a));
      return dir;
    },
  ],
  [
    'a damaged JoinDesk file',
    async () => {
      const dir = await joindeskFolder();
      const file = path.join(dir, 'joindesk.db');
      const bytes = fs.readFileSync(file);
      bytes.fill(0x7f, 4096 + 8, 4096 + 40); // scribble inside the second page
      fs.writeFileSync(file, bytes);
      return dir;
    },
  ],
  [
    'an empty file where data was before',
    async () => {
      const dir = await joindeskFolder();
      fs.writeFileSync(path.join(dir, 'joindesk.db'), '');
      return dir;
    },
  ],
  [
    'no file where data was before',
    async () => {
      const dir = await joindeskFolder();
      fs.rmSync(path.join(dir, 'joindesk.db'));
      return dir;
    },
  ],
];

export const badFilesAtStart: Scenario = {
  name: 'every kind of bad file at start',
  async run() {
    const figures: Record<string, string> = {};
    const problems: string[] = [];
    for (const [label, make] of BAD_FILES) {
      const dir = await make();
      const file = path.join(dir, 'joindesk.db');
      const before = hash(file);
      const mode = fs.existsSync(file) ? fs.statSync(file).mode : null;
      let outcome: string;
      try {
        await (await startApp(dir)).stop();
        outcome = 'STARTED';
        problems.push(`started over ${label}`);
      } catch (error) {
        if (!(error instanceof StartRefused)) throw error;
        outcome = `refused: ${error.said
          .split('\n')
          .at(-1)!
          .replace(/^.*?cannot open its data in \S+: /, '')
          .slice(0, 110)}`;
      }
      const same = hash(file) === before && (mode === null || fs.statSync(file).mode === mode);
      if (!same) problems.push(`${label}: the file changed`);
      figures[label] = `${outcome} — ${same ? 'byte-identical' : 'CHANGED'}`;
    }
    return { figures, problems };
  },
};
