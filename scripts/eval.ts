/**
 * `npm run eval`: scores the engine on the labeled development cases and the peer's identifier
 * test vectors. Prints figures; the held-out set, written the same way, is what counts.
 *
 *   npm run eval                                   # ../shared/eval/dev.jsonl
 *   npm run eval -- --cases eval/shadow.jsonl      # another case file (a positional path works too)
 *   npm run eval -- --errors                       # also list the cases that differ
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenCase } from '../src/cli/check/screen-case.js';
import { DEFAULT_PEER_FILE, printPeerTable, scorePeerVectors } from './eval-peer.js';
import { scoreCases, formatScore, formatPackTable, type EvalCase } from './eval-score.js';

function casesFile(argv: readonly string[]): string {
  const flag = argv.indexOf('--cases');
  if (flag >= 0 && argv[flag + 1] !== undefined) return argv[flag + 1]!;
  return argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--cases') ?? '../shared/eval/dev.jsonl';
}

const args = process.argv.slice(2);
const file = resolve(casesFile(args));
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as EvalCase);
const outputs = cases.map((c, i) => screenCase(c, i, {}));
const score = scoreCases(cases, outputs);
console.log(`Screening — ${file} (${cases.length} cases)\n`);
console.log(formatScore(score, args.includes('--errors')));
console.log(`\n${formatPackTable(cases, outputs)}`);

console.log(`\nIdentifier recognizers — ${DEFAULT_PEER_FILE}\n`);
printPeerTable(scorePeerVectors(DEFAULT_PEER_FILE));
