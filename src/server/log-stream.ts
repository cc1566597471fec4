/** Where log lines go: process.stdout, or a stand-in in tests. */
export interface LineSink {
  write(text: string): unknown;
}

/**
 * A log stream that writes the lines of one turn of the event loop together, at its end:
 * one write (a system call) per turn instead of one per line, which under load is one per
 * request (the access line). Lines keep their order; those of a turn still pending when the
 * process exits are written on the way out.
 */
export function turnBufferedLines(sink: LineSink = process.stdout): LineSink {
  let lines: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (lines.length === 0) return;
    const text = lines.join('');
    lines = [];
    sink.write(text);
  };
  process.once('exit', flush);
  return {
    write(line: string) {
      lines.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      return true;
    },
  };
}
