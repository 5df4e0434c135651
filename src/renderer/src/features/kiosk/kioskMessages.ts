import type { IntlShape } from 'react-intl';
import { kioskSchemas } from '../../../../shared/domains/kiosk';
import { normalizeJoinCode } from '../../../../shared/joinCode';
import { cleanName, NAME_MAX_CODE_POINTS } from '../../../../shared/names';
import type { AppErrorData } from '../../../../shared/result';
import type { KioskText } from '../../i18n/kiosk';

export type SignUpField = 'name' | 'email' | 'code';
export type SignUpValues = Record<SignUpField, string>;

const SIGN_UP_FIELDS: readonly string[] = ['name', 'email', 'code'];
const isSignUpField = (field: string | undefined): field is SignUpField => SIGN_UP_FIELDS.includes(field ?? '');

/**
 * Why a field the shared schema refused was refused, in the kiosk's own words. The schema decides
 * whether a value is good (as main does); this only picks which sentence says what is wrong with it.
 */
export function fieldProblem(field: SignUpField, value: string): KioskText {
  switch (field) {
    case 'name':
      return cleanName(value) === ''
        ? { id: 'check.nameRequired' }
        : { id: 'check.nameTooLong', values: { max: NAME_MAX_CODE_POINTS } };
    case 'email':
      return value.trim() === '' ? { id: 'check.emailRequired' } : { id: 'check.emailInvalid' };
    case 'code': {
      if (value.length > 200) return { id: 'check.codeTooLong' };
      const typed = normalizeJoinCode(value);
      const nothing = normalizeJoinCode('');
      // Nothing left once spaces and dashes are gone reads as "enter a code", as the rule itself says.
      return !typed.ok && !nothing.ok && typed.message === nothing.message
        ? { id: 'check.codeRequired' }
        : { id: 'check.codeCharacters' };
    }
  }
}

/** The sign-up form's checks: the contract's schema, each refusal worded by `fieldProblem`. */
export function checkSignUp(values: SignUpValues): Partial<Record<SignUpField, KioskText>> {
  const parsed = kioskSchemas.kioskRegister.safeParse(values);
  const problems: Partial<Record<SignUpField, KioskText>> = {};
  if (parsed.success) return problems;
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]);
    if (isSignUpField(field) && !problems[field]) problems[field] = fieldProblem(field, values[field]);
  }
  return problems;
}

/** Codes whose sentence needs nothing but the code. */
const PLAIN = ['code-unknown', 'code-retired', 'code-disabled', 'group-full', 'email-registered', 'kiosk-locked'] as const;
const isPlain = (code: string): code is (typeof PLAIN)[number] => (PLAIN as readonly string[]).includes(code);

/**
 * What the kiosk says for an error from main: the code and its params pick the words (main's own
 * `message` is English, for scripts). Anything a learner can do nothing about says "ask an instructor".
 */
export function errorText(error: AppErrorData, values: SignUpValues, intl: IntlShape): KioskText {
  if (error.code === 'validation' && isSignUpField(error.field)) return fieldProblem(error.field, values[error.field]);
  if (isPlain(error.code)) return { id: `error.${error.code}` };
  if (error.code === 'code-not-yet-valid' || error.code === 'code-expired') {
    const at = error.params?.at;
    const when = at ? intl.formatDate(at, { dateStyle: 'long', timeStyle: 'short' }) : '';
    return { id: `error.${error.code}`, values: { when } };
  }
  if (error.code === 'paused') return { id: 'error.paused' };
  if (error.code === 'forbidden') return { id: error.params?.reason === 'unpaired' ? 'error.unpaired' : 'error.forbidden' };
  return { id: 'error.other' };
}
