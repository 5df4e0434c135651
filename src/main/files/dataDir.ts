import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'JoinDesk';
export const DB_FILE_NAME = 'joindesk.db';

/** Where Electron keeps this app's user data, computed without Electron so serve mode agrees. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.JOINDESK_DATA_DIR) return path.resolve(env.JOINDESK_DATA_DIR);
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME);
}
