import { describe, expect, it } from 'vitest';
import { emailKey, isValidEmail, maskEmail } from '../../../src/shared/email';
import { cleanName, nameKey } from '../../../src/shared/names';
import { schemas } from '../../../src/shared/schemas';

describe('names', () => {
  it('strips control and bidi-override characters and folds white space', () => {
    expect(cleanName('  Ana\u202E lisA\u0000  Ruiz\u2066 ')).toBe('Ana lisA Ruiz');
  });
  it('keeps any script, in NFC', () => {
    expect(cleanName('Zoe\u0301 李 Müller')).toBe('Zoé 李 Müller');
  });
  it('compares group names case-insensitively', () => {
    expect(nameKey('Spring  COHORT')).toBe(nameKey('spring cohort'));
  });
  it('allows 200 code points, not 201', () => {
    expect(schemas.kioskRegister.shape.name.safeParse('😀'.repeat(200)).success).toBe(true);
    expect(schemas.kioskRegister.shape.name.safeParse('😀'.repeat(201)).success).toBe(false);
  });
  it('refuses a name that is empty once cleaned', () => {
    expect(schemas.kioskRegister.shape.name.safeParse(' \u202E\u0007 ').success).toBe(false);
  });
});

describe('email', () => {
  it.each(['ana@example.com', 'a.b+tag@sub.example.org', "o'neil@example.co.uk", 'x@localhost'])('accepts %s', (e) => {
    expect(isValidEmail(e)).toBe(true);
  });
  it.each(['ana', 'ana@', '@example.com', 'ana@exa mple.com', 'ana@-example.com', 'ana@@example.com'])('rejects %s', (e) => {
    expect(isValidEmail(e)).toBe(false);
  });
  it('caps the length at 254', () => {
    const local = 'a'.repeat(60);
    const domain = `${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`;
    expect(isValidEmail(`${local}@${domain}`)).toBe(true);
    expect(isValidEmail(`${local}${'a'.repeat(10)}@${domain}`)).toBe(false);
  });
  it('keys on lower case and masks all but the first letter', () => {
    expect(emailKey('Ana@Example.COM')).toBe('ana@example.com');
    expect(maskEmail('jane@example.com')).toBe('j•••@example.com');
  });
});
