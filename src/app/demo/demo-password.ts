import { randomInt } from 'node:crypto';
import type { PasswordRules } from '../../domain/pack-practice.types.js';

// No look-alikes (0/O, 1/l/I), no characters a shell or JSON would need quoted.
const LETTERS = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;
const GROUP = 5;

/**
 * A random password in dash-separated groups of five (easy to read out and copy), long enough
 * for the rules and at least 20 characters (over 110 bits from a 57-character alphabet), with a
 * letter and a digit in it whatever the rules say.
 */
export function generatePassword(rules: PasswordRules, pick: (max: number) => number = randomInt): string {
  const groups = Math.max(4, Math.ceil(rules.minLength / GROUP));
  for (;;) {
    const chars = Array.from({ length: groups * GROUP }, () => ALPHABET[pick(ALPHABET.length)] ?? 'x');
    const password = Array.from({ length: groups }, (_, g) => chars.slice(g * GROUP, (g + 1) * GROUP).join('')).join('-');
    if (/[a-zA-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
