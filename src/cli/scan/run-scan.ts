import pc from 'picocolors';
import type { Author } from '../../engine/contract/activity.js';
import type { Channel, Role } from '../../engine/contract/enums.js';
import { ArchiveError, openArchive, type ArchiveFormat } from '../../importers/index.js';
import { EXIT, UsageError } from '../run.js';
import { prepareScreen } from './prepare-screen.js';
import { progressBar } from './progress-bar.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { scanArchive } from './scanner.js';
import { checkWritable, openOutput, OutputClosedError } from './sink.js';
import type { ReportFormat } from './command.js';
import type { Renderer, ScanSummary, ScreenedPost } from './types.js';

const RENDERERS: Record<ReportFormat, Renderer> = { text: renderText, json: renderJson, csv: renderCsv, html: renderHtml };

export interface ScanFlags {
  pack: string;
  context?: string;
  format: ReportFormat;
  output?: string;
  archiveFormat?: ArchiveFormat;
  channel: Channel;
  account?: string;
  authorId?: string;
  authorRole?: Role;
  authorEmail?: string;
  identifiesAffiliation?: boolean;
}

function authorOf(flags: ScanFlags): Author | undefined {
  const author: Author = {
    ...(flags.authorId && { id: flags.authorId }),
    ...(flags.authorRole && { role: flags.authorRole }),
    ...(flags.authorEmail && { email: flags.authorEmail }),
    ...(flags.identifiesAffiliation && { identifiesAffiliation: true }),
  };
  return Object.keys(author).length > 0 ? author : undefined;
}

/** 1 when any post needs approval or is blocked; 2 when some items could not be screened. */
export function exitCodeOf(summary: ScanSummary): number {
  if (summary.byVerdict.block > 0 || summary.byVerdict.needs_approval > 0) return EXIT.refused;
  return summary.problemCount > 0 ? EXIT.badInput : EXIT.ok;
}

/** Scans an archive, writes the report and returns the exit code. */
export async function runScan(archive: string, flags: ScanFlags): Promise<number> {
  const screen = await prepareScreen(flags.pack, flags.context);
  await checkWritable(flags.output);
  const progress = progressBar();
  const items = openArchive(archive, { format: flags.archiveFormat, onProgress: progress.onBytes });
  const options = {
    archive, pack: flags.pack, channel: flags.channel, author: authorOf(flags), accountId: flags.account,
    onScreened: (post: ScreenedPost | undefined) => progress.onItem(post !== undefined && post.result.verdict !== 'allow'),
  };
  try {
    return await scanArchive(items, screen, options, async (report) => {
      progress.stop();
      // Opened only now, so that an unreadable archive leaves no empty report behind.
      const output = await openOutput(flags.output);
      try {
        const color = flags.format === 'text' && !flags.output && process.stdout.isTTY === true && process.env.NO_COLOR === undefined && pc.isColorSupported;
        await RENDERERS[flags.format](report, output.sink, { color });
      } catch (error) {
        if (!(error instanceof OutputClosedError)) throw error;
      } finally {
        await output.close();
      }
      return exitCodeOf(report.summary);
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
}

