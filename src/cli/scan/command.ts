import { Option, type Command } from 'commander';
import pc from 'picocolors';
import type { Author } from '../../engine/contract/activity.js';
import { CHANNELS, ROLES, type Channel, type Role } from '../../engine/contract/enums.js';
import { ARCHIVE_FORMATS, ArchiveError, openArchive, type ArchiveFormat } from '../../importers/index.js';
import { EXIT, UsageError } from '../run.js';
import { prepareScreen } from './prepare-screen.js';
import { progressBar } from './progress-bar.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderText } from './render-text.js';
import { scanArchive } from './scanner.js';
import { checkWritable, openOutput, OutputClosedError } from './sink.js';
import type { Renderer, ScanSummary, ScreenedPost } from './types.js';

const RENDERERS: Record<string, Renderer> = { text: renderText, json: renderJson, csv: renderCsv, html: renderHtml };

interface ScanFlags {
  pack: string;
  context?: string;
  format: keyof typeof RENDERERS;
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

async function runScan(archive: string, flags: ScanFlags): Promise<number> {
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
        await RENDERERS[flags.format]?.(report, output.sink, { color });
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

/** `postwise scan ARCHIVE --pack P`: screens a whole archive export and reports what it finds. */
export function registerScanCommand(program: Command): void {
  program.command('scan')
    .description('Screen a social media archive export (X, Facebook, Instagram, Mastodon, LinkedIn, Bluesky, CSV, JSONL) against a policy pack')
    .argument('<archive>', 'the export: a folder, a .zip or a single file')
    .requiredOption('--pack <pack>', 'policy pack id (valoris, iwso, stass, chc-wales, cisss-gaspesie) or pack file')
    .option('--context <file>', 'context JSON (organization, roster, consents, approvals)')
    .addOption(new Option('--format <format>', 'report format').choices(Object.keys(RENDERERS)).default('text'))
    .option('--output <file>', 'write the report to this file instead of stdout')
    .addOption(new Option('--archive-format <format>', 'read the archive as this format instead of detecting it').choices(ARCHIVE_FORMATS))
    .addOption(new Option('--channel <channel>', 'whose account posted').choices(CHANNELS).default('personal'))
    .option('--account <id>', 'the official account the archive is of (with --channel official)')
    .option('--author-id <id>', "the author's id in the context")
    .addOption(new Option('--author-role <role>', "the author's role").choices(ROLES))
    .option('--author-email <email>', "the author's email")
    .option('--identifies-affiliation', 'the account says where the author works')
    // runCli sets exitOverride on the program after commands are registered, which
    // subcommands do not inherit: without this, a bad option would exit 1, not 2.
    .exitOverride()
    .action(async (archive: string, flags: ScanFlags) => {
      process.exitCode = await runScan(archive, flags);
    });
}
