/** The WHATWG "valid email address" rule, as browsers apply it to `<input type=email>`. */
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
export const EMAIL_MAX_LENGTH = 254;

export const isValidEmail = (email: string): boolean => email.length <= EMAIL_MAX_LENGTH && WHATWG_EMAIL.test(email);

/** Uniqueness key: stored as typed, compared lower-cased. */
export const emailKey = (email: string): string => email.toLowerCase();

/** `jane@example.com` → `j•••@example.com`: enough for a learner to recognise, too little to harvest. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}
