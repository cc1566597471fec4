import cliProgress from 'cli-progress';

export interface ScanProgress {
  onBytes(done: number, total: number): void;
  onItem(flagged: boolean): void;
  stop(): void;
}

const SILENT: ScanProgress = { onBytes: () => undefined, onItem: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr, by bytes of the archive read, with the posts screened so far.
 * Only on a terminal: piped or redirected runs (CI, `> report.html`) stay clean.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ScanProgress {
  if (!stream.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'Scanning [{bar}] {percentage}% | {posts} posts, {flagged} flagged | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  let posts = 0;
  let flagged = 0;
  return {
    onBytes(done, total) {
      if (!started) bar.start(Math.max(total, 1), 0, { posts, flagged });
      started = true;
      bar.update(done, { posts, flagged });
    },
    onItem(isFlagged) {
      posts++;
      if (isFlagged) flagged++;
      // Reading runs ahead of screening by a buffer or so: keep the counts moving too.
      if (started && (posts & 0x3f) === 0) bar.update({ posts, flagged });
    },
    stop() {
      if (started) {
        bar.update({ posts, flagged });
        bar.stop();
      }
    },
  };
}
