import { practiceFor } from '../../domain/pack-practice.js';
import type { PasswordRules } from '../../domain/pack-practice.types.js';
import { addMonths } from '../../domain/shared/time.js';
import { invalid, type AppError } from '../errors.js';

/** Where a pack sets no rules: NIST 800-63B's length-first advice, no forced rotation. */
const DEFAULT_RULES: PasswordRules = {
  minLength: 12, requireLetters: false, requireDigits: false,
  clause: { section: null, text: 'Postwise default: at least 12 characters.' },
};

/** The password rules of a pack (for an own pack, of the built-in one it extends: `practicePackOfOrg`), or the default. */
export function passwordRulesFor(packId: string): PasswordRules {
  return practiceFor(packId).password ?? DEFAULT_RULES;
}

/** Why a password breaks the rules, citing the clause; null when it is acceptable. */
export function checkPassword(rules: PasswordRules, password: string): AppError | null {
  const cite = rules.clause.section ? ` (${rules.clause.section}: ${rules.clause.text})` : '';
  // Argon2 hashes any length, but a megabyte password is a denial-of-service, not a secret.
  if (password.length > 1_000) return invalid('password is too long (at most 1000 characters)', 'password', 'password_rules');
  if ([...password].length < rules.minLength) {
    return invalid(`password must have at least ${rules.minLength} characters${cite}`, 'password', 'password_rules');
  }
  if (rules.requireLetters && !/\p{L}/u.test(password)) {
    return invalid(`password must contain letters${cite}`, 'password', 'password_rules');
  }
  if (rules.requireDigits && !/\p{Nd}/u.test(password)) {
    return invalid(`password must contain digits${cite}`, 'password', 'password_rules');
  }
  return null;
}

/** Whether a password set at `changedAt` must be changed now (IWSO: every six months). */
export function passwordExpired(rules: PasswordRules, changedAt: string, now: Date): boolean {
  return rules.maxAgeMonths !== undefined && addMonths(new Date(changedAt), rules.maxAgeMonths) <= now;
}
