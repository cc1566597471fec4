import { practiceFor } from '../pack-practice.js';
import type { ClauseRef, PasswordRules } from '../pack-practice.types.js';
import { addMonths, iso } from '../shared/time.js';

export type PasswordProblemCode = 'too_short' | 'needs_letter' | 'needs_digit' | 'expired';

export interface PasswordProblem {
  readonly code: PasswordProblemCode;
  readonly message: string;
  readonly clause: ClauseRef;
}

export interface PasswordCheck {
  readonly ok: boolean;
  readonly problems: readonly PasswordProblem[];
  /** When the password must next be changed, where the pack sets a maximum age. */
  readonly changeDueAt?: string;
}

/** Where a pack is silent: eight characters at least (NIST SP 800-63B's floor), no forced change. */
const BASELINE: PasswordRules = {
  minLength: 8, requireLetters: false, requireDigits: false,
  clause: { section: null, text: 'The pack sets no password rule; Postwise asks for at least 8 characters.' },
};

/** The password rules for a pack (iwso §8.1–8.2), or the baseline. */
export function passwordRulesFor(packId: string): PasswordRules {
  return practiceFor(packId).password ?? BASELINE;
}

/**
 * Checks a local account's password against the organization's pack: its length and character
 * classes, and — given when it was last changed — whether it is older than the pack allows.
 *
 * @example
 * checkPassword('iwso', 'abcdefgh', null, now).problems[0].code // 'needs_digit'
 */
export function checkPassword(packId: string, password: string, lastChangedAt: Date | string | null, now: Date): PasswordCheck {
  const rules = passwordRulesFor(packId);
  const problems: PasswordProblem[] = [];
  const add = (code: PasswordProblemCode, message: string) => problems.push({ code, message, clause: rules.clause });
  // Count code points, so that a password of emoji or accented letters is measured as people see it.
  if ([...password].length < rules.minLength) add('too_short', `At least ${rules.minLength} characters.`);
  if (rules.requireLetters && !/\p{L}/u.test(password)) add('needs_letter', 'At least one letter.');
  if (rules.requireDigits && !/\p{Nd}/u.test(password)) add('needs_digit', 'At least one digit.');
  let changeDueAt: string | undefined;
  if (rules.maxAgeMonths !== undefined && lastChangedAt !== null) {
    const due = addMonths(new Date(lastChangedAt), rules.maxAgeMonths);
    changeDueAt = iso(due);
    if (due.getTime() <= now.getTime()) add('expired', `Passwords are changed every ${rules.maxAgeMonths} months.`);
  }
  return { ok: problems.length === 0, problems, changeDueAt };
}
