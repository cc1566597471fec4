import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../src/domain/passwords/check-password.js';

const now = new Date('2026-11-21T10:00:00Z');

describe('checkPassword', () => {
  it('applies iwso §8.1: at least 8 characters with letters and digits', () => {
    expect(checkPassword('iwso', 'abc123', null, now).problems.map((p) => p.code)).toEqual(['too_short']);
    expect(checkPassword('iwso', 'abcdefgh', null, now).problems.map((p) => p.code)).toEqual(['needs_digit']);
    expect(checkPassword('iwso', '12345678', null, now).problems.map((p) => p.code)).toEqual(['needs_letter']);
    const good = checkPassword('iwso', 'river7stone', null, now);
    expect(good.ok).toBe(true);
    expect(checkPassword('iwso', 'abc', null, now).problems[0]?.clause.section).toBe('8.1–8.2');
  });

  it('applies iwso §8.2: changed every six months', () => {
    const fresh = checkPassword('iwso', 'river7stone', '2026-06-01T00:00:00Z', now);
    expect(fresh).toMatchObject({ ok: true, changeDueAt: '2026-12-01T00:00:00.000Z' });
    const stale = checkPassword('iwso', 'river7stone', new Date('2026-05-21T09:00:00Z'), now);
    expect(stale.problems.map((p) => p.code)).toEqual(['expired']);
  });

  it('counts characters, not UTF-16 units, and accepts letters of any script', () => {
    expect(checkPassword('iwso', 'été1234', null, now).problems.map((p) => p.code)).toEqual(['too_short']);
    expect(checkPassword('iwso', 'ÉtéHiver1', null, now).ok).toBe(true);
  });

  it('falls back to an 8-character baseline with no forced change where the pack is silent', () => {
    expect(checkPassword('stass', 'abcdefgh', '2020-01-01T00:00:00Z', now)).toEqual({ ok: true, problems: [], changeDueAt: undefined });
    expect(checkPassword('chc-wales', 'short', null, now).problems[0]?.clause.section).toBeNull();
  });
});
