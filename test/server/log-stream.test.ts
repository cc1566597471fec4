import { expect, it } from 'vitest';
import { turnBufferedLines } from '../../src/server/log-stream.js';

it('writes the log lines of one turn of the event loop in one write, in order, and the next turn in another', async () => {
  const writes: string[] = [];
  const stream = turnBufferedLines({ write: (text) => writes.push(text) });
  stream.write('a\n');
  stream.write('b\n');
  expect(writes).toEqual([]);
  await new Promise((r) => setImmediate(r));
  stream.write('c\n');
  await new Promise((r) => setImmediate(r));
  expect(writes).toEqual(['a\nb\n', 'c\n']);
});
