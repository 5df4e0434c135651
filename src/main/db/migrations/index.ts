import type { Migration } from './migration';
import { m0010Initial } from './0010-initial';
import { m0020Kiosk } from './0020-kiosk';
import { m0030Learners } from './0030-learners';
import { m0040Erasures } from './0040-erasures';
import { m0050ImportBatches } from './0050-import-batches';
import { m0060Search } from './0060-search';
import { m0070ImportSeats } from './0070-import-seats';
import { m0080KioskAttempts } from './0080-kiosk-attempts';
import { m0090LearnerMerges } from './0090-learner-merges';

/** In order. Never edit a migration that has shipped: add the next one. */
export const MIGRATIONS: readonly Migration[] = [
  m0010Initial,
  m0020Kiosk,
  m0030Learners,
  m0040Erasures,
  m0050ImportBatches,
  m0060Search,
  m0070ImportSeats,
  m0080KioskAttempts,
  m0090LearnerMerges,
];
