/**
 * `npm run eval`: scores the engine on the labeled development cases and the peer's identifier
 * test vectors. Prints figures; the held-out set, written the same way, is what counts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screenCase } from '../src/cli/check/screen-case.js';
import { DEFAULT_PEER_FILE, printPeerTable, scorePeerVectors } from './eval-peer.js';
import { scoreCases, formatScore } from './eval-score.js';

const file = resolve(process.argv[2] ?? '../shared/eval/dev.jsonl');
const cases = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { id: string; expect: { verdict: string; categories: string[] } });
const outputs = cases.map((c, i) => screenCase(c, i, {}));
const score = scoreCases(cases, outputs);
console.log(`Screening — ${file} (${cases.length} cases)\n`);
console.log(formatScore(score, process.argv.includes('--errors')));

console.log(`\nIdentifier recognizers — ${DEFAULT_PEER_FILE}\n`);
printPeerTable(scorePeerVectors(DEFAULT_PEER_FILE));
