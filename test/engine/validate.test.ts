import { describe, expect, it } from 'vitest';
import { parseActivity, parseContext } from '../../src/engine/index.js';

describe('input validation names the field at fault', () => {
  it('rejects unknown fields by name', () => {
    const result = parseActivity({ action: 'post', channel: 'personal', colour: 'red' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]).toEqual({ field: 'activity.colour', message: 'unknown field "colour"' });
  });

  it('rejects wrong enum values with the path', () => {
    const result = parseActivity({ action: 'post', channel: 'personal', author: { role: 'ceo' } });
    expect(!result.ok && result.error[0]!.field).toBe('activity.author.role');
  });

  it('requires action and channel', () => {
    const result = parseActivity({ text: 'hello' });
    expect(!result.ok && result.error.map((p) => p.field).sort()).toEqual(['activity.action', 'activity.channel']);
  });

  it('validates the context too', () => {
    const result = parseContext({ roster: [{ id: 'c1', name: 'A', kind: 'patient' }] });
    expect(!result.ok && result.error[0]!.field).toBe('context.roster.0.kind');
  });
});
