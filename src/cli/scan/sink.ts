import { once } from 'node:events';
import { constants } from 'node:fs';
import { access, open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { UsageError } from '../run.js';
import type { Sink } from './types.js';

/** The reader of the report went away (`postwise scan … | head`): stop writing, quietly. */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
}

/**
 * A sink over a stream, waiting for `drain` so that a large report never piles up in memory.
 * A write error (EPIPE) is caught and turned into `OutputClosedError` on the next write,
 * instead of crashing the process with an unhandled 'error' event.
 */
export function sinkOf(stream: Writable): Sink {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure = error;
  });
  return {
    async write(text) {
      if (failure) throw new OutputClosedError(failure.message);
      if (stream.write(text)) return;
      await once(stream, 'drain').catch((error: Error) => {
        throw new OutputClosedError(error.message);
      });
    },
  };
}

export interface Output {
  readonly sink: Sink;
  /** Flushes and closes a file; leaves stdout open. */
  close(): Promise<void>;
}

/** Fails at once, not after a long scan, when the report's folder cannot be written. */
export async function checkWritable(path: string | undefined): Promise<void> {
  if (!path) return;
  await access(dirname(resolve(path)), constants.W_OK).catch(() => {
    throw new UsageError(`cannot write the report to ${path}: its folder does not exist or is read-only`);
  });
}

/** The report's destination: a file or stdout. */
export async function openOutput(path: string | undefined): Promise<Output> {
  if (!path) return { sink: sinkOf(process.stdout), close: () => Promise.resolve() };
  const handle = await open(path, 'w').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot write the report to ${path}: ${error.code ?? error.message}`);
  });
  const stream = handle.createWriteStream();
  return {
    sink: sinkOf(stream),
    close: async () => {
      stream.end();
      await once(stream, 'close');
    },
  };
}
