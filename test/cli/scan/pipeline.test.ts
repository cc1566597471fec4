import { describe, expect, it } from 'vitest';
import { compileContext, evaluate } from '../../../src/engine/index.js';
import { loadPack } from '../../../src/packs/load.js';
import { scanArchive } from '../../../src/cli/scan/scanner.js';
import type { ScreenedPost } from '../../../src/cli/scan/types.js';
import { openArchive } from '../../../src/importers/index.js';
import { SAMPLES } from './run-scan.js';

const pack = loadPack('valoris');
const context = compileContext({ organization: { name: 'Valoris' } });
const screen = (activity: Parameters<typeof evaluate>[1]) => evaluate(pack, activity, context);

// Items per sample archive: posts, replies, shares, likes and comments all get screened.
const SAMPLE_ITEMS: Record<string, number> = {
  'x/edsu-2015': 109,
  'x/exgenesis-2023': 7,
  'x/glennjones-2013-grailbird': 1,
  'mastodon/lmorchard-mastodon-social-2022': 78 + 34 + 147,
  'mastodon/lmorchard-toot-2023': 18 + 3,
  'linkedin/sanand0-2025': 200 + 200,
  'bluesky/bnewbold-2025': 23 + 2 + 1,
  'bluesky/paul-staging-2023': 101 + 60 + 15,
};

describe('scanning real archives with the real engine', () => {
  for (const [sample, items] of Object.entries(SAMPLE_ITEMS)) {
    it(`screens every item of ${sample}`, async () => {
      const flagged: ScreenedPost[] = [];
      const summary = await scanArchive(openArchive(`${SAMPLES}/${sample}`), screen, { archive: sample, pack: 'valoris', channel: 'personal' },
        async (report) => {
          for await (const post of report.flagged) flagged.push(post);
          return report.summary;
        });
      expect(summary.total).toBe(items);
      expect(summary.problems).toEqual([]);
      const verdicts = Object.values(summary.byVerdict).reduce((sum, n) => sum + n, 0);
      expect(verdicts).toBe(items);
      expect(flagged).toHaveLength(items - summary.byVerdict.allow);
    });
  }

  it('passes channel and author to the engine, and reports items it cannot take', async () => {
    async function* items() {
      yield { id: '1', action: 'post' as const, text: 'Hello', platform: 'twitter', source: 'a#1' };
      yield { id: '2', action: 'post' as const, text: 'x'.repeat(2_000_001), platform: 'twitter', source: 'a#2' };
    }
    const seen: unknown[] = [];
    const summary = await scanArchive(items(), (activity) => {
      seen.push(activity);
      return screen(activity);
    }, { archive: 'a', pack: 'valoris', channel: 'official', accountId: 'acct-1', author: { id: 's1', role: 'staff' } }, async (report) => report.summary);
    expect(seen).toEqual([{ action: 'post', channel: 'official', platform: 'twitter', text: 'Hello', accountId: 'acct-1', author: { id: 's1', role: 'staff' } }]);
    expect(summary.problemCount).toBe(1);
    expect(summary.problems[0]?.source).toBe('a#2');
    expect(summary.problems[0]?.message).toMatch(/^not a valid activity: text:/);
  });
});
