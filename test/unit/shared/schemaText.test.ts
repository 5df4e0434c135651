import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ROLES } from '../../../src/shared/domains/groups';
import { languageSchemas } from '../../../src/shared/domains/language';
import { normalizeJoinCode } from '../../../src/shared/joinCode';
import { schemas } from '../../../src/shared/schemas';
import { englishText, schemaText, textOf } from '../../../src/shared/text';

/**
 * A schema's message reaches the admin in their language only if `textOf` finds its id again from
 * its English words: so every message a person can be shown must be one of `TEXT`'s, word for word.
 */

const ALL: Record<string, z.ZodType> = { ...schemas, ...languageSchemas };

/** The messages `schema` gives for `input`; unknown fields are main's own sentence (`request.unexpectedField`). */
function messagesOf(schema: z.ZodType, input: unknown): string[] {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.code !== 'unrecognized_keys').map((i) => i.message);
}

describe('schema messages', () => {
  it.each([
    ['groupsCreate', { name: ' ' }, 'Enter a group name.'],
    ['groupsCreate', { name: 'x'.repeat(121) }, 'Group names can have at most 120 characters.'],
    ['groupsUpdate', { id: 1, description: 'x'.repeat(2001) }, 'Descriptions can have at most 2,000 characters.'],
    ['groupsList', { limit: 0 }, 'Expected 1 to 500.'],
    ['learnersAdd', { name: 'Ana', email: 'nope', groupId: 1 }, 'Enter a valid email address, like name@example.com.'],
    ['learnersAdd', { name: 'x'.repeat(201), email: 'a@example.com', groupId: 1 }, 'Names can have at most 200 characters.'],
    ['learnersUpdate', { id: 1 }, 'Change the name, the email or the role.'],
    ['learnersMerge', { keepId: 2, mergeId: 2 }, 'Choose another learner to merge with.'],
    ['courseGroupsSet', { courseId: 1, groupIds: Array.from({ length: 10_001 }, () => 1) }, 'At most 10,000 at once.'],
    ['coursesCreate', { title: 'x'.repeat(201) }, 'Course titles can have at most 200 characters.'],
    ['coursesUpdate', { id: 1, archived: 'yes' }, 'Expected true or false.'],
    ['kioskSettingsUpdate', { idleSeconds: 5 }, 'At least 10 seconds.'],
    ['kioskSettingsUpdate', { languages: ['en', 'en'] }, 'Each language at most once.'],
    ['kioskSettingsUpdate', { defaultLanguage: 'fr', languages: ['en'] }, 'The default language must be one the kiosk offers.'],
    [
      'kioskRegister',
      { name: 'Ana', email: 'a@example.com', code: '!!!' },
      'Join codes use only the letters A–Z and the digits 0–9.',
    ],
    ['networkSet', { enabled: true, port: 80 }, 'Use a port from 1024 up.'],
    ['networkSet', { enabled: true, port: 70_000 }, 'At most 65535.'],
    [
      'networkSet',
      { enabled: true, address: '0.0.0.0' },
      'Choose one address of this machine, not "every address" or a group address.',
    ],
    ['stationPairStart', { name: 'x'.repeat(61) }, 'At most 60 characters.'],
    ['codePolicyUpdate', { minLength: 3 }, 'At least 6.'],
    ['codePolicyUpdate', { minLength: 33 }, 'At most 32.'],
    ['joinCodeSettings', { groupId: 1, maxUses: 0 }, 'Max uses must be at least 1.'],
    ['joinCodeSettings', { groupId: 1, validFrom: 'x'.repeat(41) }, 'Expected an ISO 8601 date and time.'],
    ['backupSettingsUpdate', { keep: 0 }, 'Keep at least 1.'],
    ['backupSettingsUpdate', { keep: 366 }, 'At most 365.'],
    ['learnersImportCommit', { csv: '', existing: 'both' }, 'Choose skip or move.'],
    ['progressSetMany', { learnerIds: [], courseId: 1, status: 'started' }, 'Choose at least one learner.'],
    ['adminPinSet', { pin: '12' }, 'The admin PIN is 6 to 12 digits.'],
    ['languageSettingsUpdate', { language: 'xx' }, 'Choose a language JoinDesk speaks, or this computer’s.'],
  ])('%s %j: %s, found again by its words', (name, input, english) => {
    const schema = ALL[name];
    if (!schema) throw new Error(`No schema ${name}`);
    const [message] = messagesOf(schema, input);
    expect(message).toBe(english);
    const text = textOf(english);
    expect(text, english).toBeDefined();
    if (text) expect(englishText(text)).toBe(english);
  });

  it('names the roles there are when refusing one', () => {
    expect(schemaText('field.role')).toBe(`Choose one of: ${ROLES.join(', ')}.`);
  });

  it('normalizeJoinCode says what is wrong in words textOf knows', () => {
    for (const typed of ['', ' - ', 'ABCD.1234']) {
      const n = normalizeJoinCode(typed);
      expect(n.ok).toBe(false);
      if (!n.ok) expect(textOf(n.message), n.message).toBeDefined();
    }
  });

  /** Bad values a field may be given: wrong types, empty, too long, negative, fractional, lists of bad values. */
  const BAD: unknown[] = [
    null,
    true,
    42,
    'forty-two',
    '',
    ' ',
    'x'.repeat(70),
    'x'.repeat(5000),
    -1,
    0,
    1.5,
    10_000_000,
    {},
    { $gt: '' },
    [],
    [-1],
    ['x'],
    [42],
    ['en', 'en'],
  ];

  it('every schema, given bad values field by field, says only what textOf knows', () => {
    const unknown = new Map<string, string>();
    let checked = 0;
    for (const [name, schema] of Object.entries(ALL)) {
      const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
      expect(shape, name).toBeDefined();
      const inputs: unknown[] = [{}];
      for (const field of Object.keys(shape ?? {})) for (const value of BAD) inputs.push({ [field]: value });
      for (const input of inputs) {
        for (const message of messagesOf(schema, input)) {
          checked++;
          if (!textOf(message)) unknown.set(message, `${name} ${JSON.stringify(input).slice(0, 80)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(Object.fromEntries(unknown)).toEqual({});
  });
});
