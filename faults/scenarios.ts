import { twoProcesses, soak } from './contention';
import { fullDisk } from './disk';
import { killMidBackup, killMidGroupedSignUps, killMidImport, killMidRestore, killMidSignUp } from './kills';
import { badFilesAtStart } from './startup';
import { stalls } from './stalls';

export interface ScenarioResult {
  figures: Record<string, string | number>;
  /** Anything here fails the suite. */
  problems: string[];
  /** Why it could not run on this machine. */
  skipped?: string;
}

export interface Scenario {
  name: string;
  run(quick: boolean): Promise<ScenarioResult>;
}

export const scenarios: Scenario[] = [
  badFilesAtStart,
  killMidSignUp,
  killMidGroupedSignUps,
  killMidImport,
  killMidBackup,
  killMidRestore,
  fullDisk,
  twoProcesses,
  stalls,
  soak,
];
