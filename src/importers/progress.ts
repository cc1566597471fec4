import { Transform, type Readable } from 'node:stream';

/** Counts the bytes flowing through, reporting the running total across files. */
export class ByteCounter {
  private done = 0;
  constructor(private readonly total: number, private readonly report?: (done: number, total: number) => void) {}

  wrap(input: Readable): Readable {
    if (!this.report) return input;
    const counter = new Transform({
      transform: (chunk: Buffer, _encoding, next) => {
        this.done += chunk.length;
        this.report?.(Math.min(this.done, this.total), this.total);
        next(null, chunk);
      },
    });
    input.on('error', (error) => counter.destroy(error));
    return input.pipe(counter);
  }
}
