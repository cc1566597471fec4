import { availableParallelism } from 'node:os';
import { expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.js';

it('serves from one process unless POSTWISE_WORKERS or --workers asks for more; auto is one per CPU', () => {
  expect(parseConfig({}).workers).toBe(1);
  expect(parseConfig({ POSTWISE_WORKERS: '2' }).workers).toBe(2);
  expect(parseConfig({ POSTWISE_WORKERS: '2' }, { workers: '3' }).workers).toBe(3);
  expect(parseConfig({ POSTWISE_WORKERS: 'auto' }).workers).toBe(availableParallelism());
  expect(() => parseConfig({ POSTWISE_WORKERS: '0' })).toThrow(ConfigError);
  expect(() => parseConfig({ POSTWISE_WORKERS: 'many' })).toThrow(/POSTWISE_WORKERS/);
});
