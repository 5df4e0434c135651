import { app } from 'electron';

/** One JoinDesk per user: a second launch hands over to the first (and then quits). */
export function acquireSingleInstance(onSecondLaunch: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', onSecondLaunch);
  return true;
}

/** Quitting (menu, Cmd+Q, OS logout prompt) waits while the kiosk is locked in. */
export function holdQuitWhile(active: () => boolean): void {
  app.on('before-quit', (event) => {
    if (active()) event.preventDefault();
  });
}
