import { compileLexicon, hasLexicon } from '../lexicon/compile.js';
import { contentUnits } from './units.js';
import type { DetectorInput, TextUnit } from './types.js';

const REPLYING = new Set(['comment', 'reply']);

/** A short reply that agrees with or laughs along with what it answers. */
const approval = compileLexicon('reply-approval', [
  '😂', '🤣', '💯', '👏', '🙌', 'so true', 'sooo true', 'true that', 'this!', 'this 👆', 'exactly', 'facts', '100%', 'agreed', 'agree', 'preach', 'say it louder', 'tell me about it',
  "couldn'?t agree more", 'same here', 'lol', 'lmao', 'haha\\w*', 'spot on', 'nailed it', 'well said', 'yes!+',
  'trop vrai', 'tellement vrai', 'tout a fait', 'exactement', 'full vrai', 'pas mieux', "c'est (tellement |ben |bien )?vrai", "d'accord", 'mdr', 'ptdr', 'gwir', 'cytuno',
]);

/** Words that turn a reply against what it answers. */
const dissent = compileLexicon('reply-dissent', [
  'no', 'not', "don'?t", "isn'?t", "that'?s (not|rude|harsh|mean|unfair|out of order)", 'wrong', 'disagree', 'rude', 'harsh', 'mean', 'unfair', 'out of order', 'stop', 'shame on (you|u)',
  'non', 'pas', 'faux', 'mechant', 'voyons', 'arrete',
]);

/** Replies longer than this say something of their own rather than agree. */
const SHORT_REPLY = 80;

function approves(unit: TextUnit): boolean {
  return unit.text.length <= SHORT_REPLY && hasLexicon(approval, unit.folded) && !hasLexicon(dissent, unit.folded);
}

/**
 * The texts a content detector reads, and also the post a comment or reply answers when the reply
 * only agrees with it: agreeing with content raises what posting it would (LABELING), as a like does.
 */
export function unitsWithApprovedReplies(input: DetectorInput): readonly TextUnit[] {
  const units = contentUnits(input);
  if (!REPLYING.has(input.activity.action)) return units;
  const own = input.texts.find((u) => u.field === 'text');
  if (own === undefined || !approves(own)) return units;
  return [...units, ...input.texts.filter((u) => u.field === 'targetText')];
}
