import { describe, expect, it } from 'vitest';
import { warmEngine } from '../../../src/app/checks/warm-engine.js';

describe('warming the engine before serving', () => {
  it('screens its sample posts with every built-in pack without error', () => {
    expect(() => warmEngine(1)).not.toThrow();
  });
});
