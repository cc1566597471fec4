import { describe, expect, it } from 'vitest';
import { buildRosterIndex, mayBeNameToken } from '../../../src/engine/roster/roster-index.js';
import { syntheticRoster } from './synthetic-roster.js';

describe('roster index: the bit set of name tokens', () => {
  const index = buildRosterIndex([...syntheticRoster(5000), { id: 'x', name: 'Zoë Ødegaard-Nakamura', aliases: ['Zed'], kind: 'client' }]);

  it('lets every name token through', () => {
    for (const token of index.nameTokens) expect(mayBeNameToken(index.tokenFilter, token)).toBe(true);
  });

  it('turns most everyday words away without a look-up', () => {
    const words = 'the and with for this that from were have been today week meeting group coffee thanks lovely morning'.split(' ');
    const passed = words.filter((word) => mayBeNameToken(index.tokenFilter, word));
    expect(passed.length).toBeLessThanOrEqual(2);
  });
});
