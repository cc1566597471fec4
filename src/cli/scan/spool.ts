import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Severity } from '../../engine/contract/enums.js';
import type { ScreenedPost } from './types.js';

const WORST_FIRST: readonly Severity[] = ['block', 'needs_approval', 'warn'];

/**
 * Keeps flagged posts on disk, one file per verdict, so that a scan of millions of posts
 * holds none of them in memory and the report can still list them worst verdict first.
 */
export class FlaggedSpool {
  private constructor(private readonly folder: string, private readonly files: Map<Severity, WriteStream>) {}

  static async create(): Promise<FlaggedSpool> {
    const folder = await mkdtemp(join(tmpdir(), 'postwise-scan-'));
    const files = new Map(WORST_FIRST.map((verdict) => [verdict, createWriteStream(join(folder, `${verdict}.jsonl`))]));
    return new FlaggedSpool(folder, files);
  }

  async add(post: ScreenedPost): Promise<void> {
    if (post.result.verdict === 'allow') return;
    const file = this.files.get(post.result.verdict);
    if (file && !file.write(`${JSON.stringify(post)}\n`)) await once(file, 'drain');
  }

  /** Closes the files for writing; call once, before reading. */
  async finish(): Promise<void> {
    await Promise.all([...this.files.values()].map((file) => new Promise((resolve) => file.end(resolve))));
  }

  async *read(): AsyncGenerator<ScreenedPost> {
    for (const verdict of WORST_FIRST) {
      const lines = createInterface({ input: createReadStream(join(this.folder, `${verdict}.jsonl`)), crlfDelay: Infinity });
      for await (const line of lines) if (line) yield JSON.parse(line) as ScreenedPost;
    }
  }

  async dispose(): Promise<void> {
    for (const file of this.files.values()) file.destroy();
    await rm(this.folder, { recursive: true, force: true });
  }
}
