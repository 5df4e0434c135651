import { describe, expect, it } from 'vitest';
import { CHANNEL_AUDIENCES } from '../../../src/shared/channels';
import { contract } from '../../../src/shared/contract';
import { adminPinChannels } from '../../../src/shared/domains/adminPin';
import { auditChannels } from '../../../src/shared/domains/audit';
import { backupChannels } from '../../../src/shared/domains/backup';
import { courseChannels } from '../../../src/shared/domains/courses';
import { csvImportChannels } from '../../../src/shared/domains/csvImport';
import { groupChannels } from '../../../src/shared/domains/groups';
import { joinCodeChannels } from '../../../src/shared/domains/joinCodes';
import { kioskChannels } from '../../../src/shared/domains/kiosk';
import { languageChannels } from '../../../src/shared/domains/language';
import { learnerChannels } from '../../../src/shared/domains/learners';
import { progressChannels } from '../../../src/shared/domains/progress';
import { reportChannels } from '../../../src/shared/domains/reports';
import { sessionChannels } from '../../../src/shared/domains/session';
import { networkChannels } from '../../../src/shared/domains/network';

const DOMAINS = [
  groupChannels,
  joinCodeChannels,
  learnerChannels,
  csvImportChannels,
  courseChannels,
  progressChannels,
  reportChannels,
  auditChannels,
  kioskChannels,
  backupChannels,
  languageChannels,
  adminPinChannels,
  sessionChannels,
  networkChannels,
];

describe('the contract', () => {
  it('is the union of the domains, each channel in exactly one', () => {
    const names = DOMAINS.flatMap((d) => Object.keys(d));
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(contract).sort());
  });
});

describe('the zod-free channel list (for the preloads)', () => {
  it('names exactly the contract’s channels, each with its audience', () => {
    const fromContract = Object.fromEntries(Object.entries(contract).map(([c, def]) => [c, def.audience]));
    expect(CHANNEL_AUDIENCES).toEqual(fromContract);
    expect(Object.keys(CHANNEL_AUDIENCES)).toEqual(Object.keys(contract));
  });
});
