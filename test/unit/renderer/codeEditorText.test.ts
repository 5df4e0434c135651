import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { contextWords, loadPatternChecker, rateJoinCode } from '../../../src/shared/codeStrength';
import { checkCustomCode, normalizeJoinCode } from '../../../src/shared/joinCode';
import ar from '../../../src/renderer/src/i18n/admin/groups/ar';
import { groups as en } from '../../../src/renderer/src/i18n/admin/groups/en';
import { customCodeProblem, shortCodeWarning, strengthReason } from '../../../src/renderer/src/features/groups/codeEditorText';

/** The groups screens' words in one language, as `useAdminText()` gives them. */
function wordsIn(locale: string, messages: Record<string, string>) {
  const intl = createIntl({
    locale,
    messages,
    onError: (e) => {
      throw e;
    },
  });
  return (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
}
const english = wordsIn('en-GB', en);
const arabic = wordsIn('ar', ar);

describe('the code editor speaks the admin’s language', () => {
  it.each([
    ['--', 6],
    ['AB!CD-12', 6],
    ['ABC', 6],
    ['ABCDEFGH', 10],
    ['A'.repeat(33), 6],
  ])('names what is wrong with %s (minimum %i) as the shared rules do, and in Arabic', (typed, min) => {
    const check = checkCustomCode(typed, min);
    expect(check.ok).toBe(false);
    // In English the screen's words are main's words, so a refusal reads the same from either side.
    expect(customCodeProblem(typed, min, english)).toBe(!check.ok && check.message);
    const inArabic = customCodeProblem(typed, min, arabic);
    expect(inArabic).toMatch(/[\u0600-\u06FF]/);
    expect(inArabic).not.toMatch(/[{}#]/);
  });

  it('has nothing to say about a good code, and warns about a short one in words of its own', () => {
    expect(customCodeProblem('Q7KX-3M9T', 6, english)).toBeNull();
    const short = checkCustomCode('Q7KX3M', 6);
    expect(short.ok && short.warning).toBe(shortCodeWarning(english));
    expect(normalizeJoinCode('Q7KX3M').ok).toBe(true);
  });

  it('words every reason the strength meter gives, none with the catch-all', async () => {
    const checker = await loadPatternChecker();
    const reasons = [
      ['password1', []],
      ['ABCDEF123', []],
      ['AAAAAAAA1', []],
      ['SPRING-2027', []],
      ['HJUYTGBNM7', []],
      ['ACME-LOGISTICS', ['Acme Logistics']],
    ].map(([typed, names]) => {
      const n = normalizeJoinCode(typed as string);
      if (!n.ok) throw new Error(n.message);
      return rateJoinCode(n.key, checker, contextWords(names as string[])).reason;
    });
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const reason of reasons) {
      expect(reason).toBeDefined();
      expect(strengthReason(reason!, english)).toBe(reason);
      expect(strengthReason(reason!, arabic)).not.toBe(arabic('groups.strength.reason.other'));
    }
    expect(strengthReason('a reason added later', english)).toBe(en['groups.strength.reason.other']);
  });
});
