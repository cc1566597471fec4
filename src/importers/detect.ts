import { readBlueskyRepo } from './bluesky/read-repo.js';
import { readFacebookComments, readFacebookPosts } from './readers/facebook.js';
import { readJsonLines, readPlainCsv } from './readers/generic.js';
import { readInstagramComments, readInstagramPosts } from './readers/instagram.js';
import { readLinkedInComments, readLinkedInShares } from './readers/linkedin.js';
import { readMastodonLikes, readMastodonOutbox } from './readers/mastodon.js';
import { readTweets, readTwitterLikes } from './readers/twitter.js';
import type { ArchiveFile, ArchiveFormat, FileReader } from './types.js';

interface ReaderRule {
  readonly format: ArchiveFormat;
  /** Matches the file's path inside the archive. */
  readonly path: RegExp;
  readonly read: FileReader;
}

/** Files each platform's export is known to hold, by their path inside the export. */
const PLATFORM_RULES: readonly ReaderRule[] = [
  { format: 'twitter', path: /(^|\/)tweets?(-part\d+)?\.js$/, read: readTweets },
  { format: 'twitter', path: /(^|\/)(data\/js\/tweets\/)?\d{4}_\d{2}\.js$/, read: readTweets },
  { format: 'twitter', path: /(^|\/)like(-part\d+)?\.js$/, read: readTwitterLikes },
  { format: 'facebook', path: /(^|\/)your_posts(__check_ins__photos_and_videos)?(_\d+)?\.json$/, read: readFacebookPosts },
  { format: 'facebook', path: /(^|\/)your_posts_in_groups\.json$/, read: readFacebookPosts },
  { format: 'facebook', path: /(^|\/)(comments|your_comments_in_groups)\.json$/, read: readFacebookComments },
  { format: 'instagram', path: /(^|\/)posts_\d+\.json$/, read: readInstagramPosts },
  { format: 'instagram', path: /(^|\/)(post_comments(_\d+)?|reels_comments)\.json$/, read: readInstagramComments },
  { format: 'mastodon', path: /(^|\/)outbox\.json$/, read: readMastodonOutbox },
  { format: 'mastodon', path: /(^|\/)likes\.json$/, read: readMastodonLikes },
  { format: 'linkedin', path: /(^|\/)Shares(_[^/]*)?\.csv$/i, read: readLinkedInShares },
  { format: 'linkedin', path: /(^|\/)Comments(_[^/]*)?\.csv$/i, read: readLinkedInComments },
  { format: 'bluesky', path: /\.car$/i, read: readBlueskyRepo },
];

/**
 * Generic files are read only when no platform file is found: a LinkedIn export is full
 * of other CSV files (Connections.csv, Profile.csv) that hold no posts.
 */
const GENERIC_RULES: readonly ReaderRule[] = [
  { format: 'jsonl', path: /\.(jsonl|ndjson)$/i, read: readJsonLines },
  { format: 'csv', path: /\.csv$/i, read: readPlainCsv },
];

/** How a lone file is read when `--format` names its platform but not its file name. */
const DEFAULT_READER: Record<ArchiveFormat, FileReader> = {
  twitter: readTweets, facebook: readFacebookPosts, instagram: readInstagramPosts,
  mastodon: readMastodonOutbox, linkedin: readLinkedInShares, bluesky: readBlueskyRepo,
  csv: readPlainCsv, jsonl: readJsonLines,
};

export interface PlannedFile {
  readonly file: ArchiveFile;
  readonly format: ArchiveFormat;
  readonly read: FileReader;
}

/** Zip tools add these; they are never part of an export. */
function isNoise(relPath: string): boolean {
  return relPath.startsWith('__MACOSX/') || relPath.split('/').some((part) => part.startsWith('.'));
}

function match(files: readonly ArchiveFile[], rules: readonly ReaderRule[]): PlannedFile[] {
  const planned: PlannedFile[] = [];
  for (const file of files) {
    const rule = rules.find((candidate) => candidate.path.test(file.relPath));
    if (rule) planned.push({ file, format: rule.format, read: rule.read });
  }
  return planned;
}

/** Chooses a reader for each file of the archive that holds activity; others are ignored. */
export function planReading(files: readonly ArchiveFile[], format?: ArchiveFormat): PlannedFile[] {
  const candidates = files.filter((file) => !isNoise(file.relPath));
  const allowed = (rule: ReaderRule) => !format || rule.format === format;
  const platform = match(candidates, PLATFORM_RULES.filter(allowed));
  if (platform.length > 0) return platform;
  const generic = match(candidates, GENERIC_RULES.filter(allowed));
  if (generic.length > 0) return generic;
  const [only] = candidates;
  if (format && only && candidates.length === 1) return [{ file: only, format, read: DEFAULT_READER[format] }];
  return [];
}
