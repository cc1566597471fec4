import { describe, expect, it } from 'vitest';
import { generatePassword } from '../../../src/app/demo/demo-password.js';
import { checkPassword, passwordRulesFor } from '../../../src/app/people/password-rules.js';
import { PACK_IDS } from '../../../src/engine/contract/enums.js';

describe('demo passwords', () => {
  it.each(PACK_IDS)('satisfy the password rules of %s', (packId) => {
    const rules = passwordRulesFor(packId);
    for (let i = 0; i < 50; i += 1) expect(checkPassword(rules, generatePassword(rules))).toBeNull();
  });

  it('are at least 20 characters, longer where the rules ask, and never repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) seen.add(generatePassword(passwordRulesFor('iwso')));
    expect(seen.size).toBe(200);
    expect([...seen].every((p) => p.replace(/-/g, '').length >= 20)).toBe(true);
    const long = generatePassword({ minLength: 32, requireLetters: true, requireDigits: true, clause: { section: null, text: '' } });
    expect(long.length).toBeGreaterThanOrEqual(32);
  });

  it('always hold a letter and a digit, even when the random source first gives only letters', () => {
    let calls = 0;
    // The first attempt draws "a" twenty times (no digit); later draws alternate "9" and "a".
    const pick = (max: number): number => (calls++ < 20 ? 0 : calls % 2 === 0 ? max - 1 : 0);
    const password = generatePassword({ minLength: 8, requireLetters: true, requireDigits: true, clause: { section: null, text: '' } }, pick);
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/\d/);
  });
});
