import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';
import { termKeys } from './term-keys.js';

/**
 * A term's gate: the keys of a word that every match of the term must contain after its first
 * word, such as the product nouns of `(my|our|the) (\S+ ){0,2}(candle|tupperware|…)`. A term keyed
 * on "the" would otherwise be tried at every "the" of every post; when the text holds none of its
 * gate's words anywhere, it cannot match, and is not tried at all.
 *
 * Only a word that begins after white space in every match qualifies: the word index notes keys
 * where words begin, so the gate word is noted wherever it occurs.
 */

/** Gates whose words can be shorter than this let too many texts through to be worth a look-up. */
const SHORTEST_USEFUL_KEY = 3;

const parser = new RegExpParser({ ecmaVersion: 2024 });

function isSpaceRun(element: Element): boolean {
  if (element.type === 'CharacterSet') return element.kind === 'space' && !element.negate;
  if (element.type === 'Character') return element.value === 0x20;
  return element.type === 'Quantifier' && element.min >= 1 && isSpaceRun(element.element);
}

function groupEndsWithSpace(element: Element): boolean {
  if (element.type === 'Group' || element.type === 'CapturingGroup') {
    return element.alternatives.every((alt) => {
      const last = alt.elements[alt.elements.length - 1];
      return last !== undefined && (isSpaceRun(last) || groupEndsWithSpace(last));
    });
  }
  return element.type === 'Quantifier' && element.min >= 1 && groupEndsWithSpace(element.element);
}

/** Whether, in every match, the text just before `elements[at]` is white space. */
function followsSpace(elements: readonly Element[], at: number): boolean {
  const before = elements[at - 1];
  if (before === undefined) return false;
  if (isSpaceRun(before) || groupEndsWithSpace(before)) return true;
  // An optional part that ends with white space when present: what comes before it decides when absent.
  if (before.type === 'Quantifier' && before.min === 0 && groupEndsWithSpace(before.element)) return followsSpace(elements, at - 1);
  return false;
}

/** Whether the element must match text (not zero-width, not optional). */
function isMandatory(element: Element): boolean {
  if (element.type === 'Assertion') return false;
  return element.type !== 'Quantifier' || element.min >= 1;
}

/** How selective a gate is: the length of the shortest first word among its keys ("who co" counts as "who"). */
function selectivity(keys: ReadonlySet<string>): number {
  let length = Infinity;
  for (const key of keys) length = Math.min(length, key.split(' ')[0]?.length ?? 0);
  return length;
}

/** The best gate of one alternative of the term: where the rest of it begins with the least common words. */
function alternativeGate(source: string, alternative: Alternative): ReadonlySet<string> | null {
  let best: ReadonlySet<string> | null = null;
  const elements = alternative.elements;
  for (let at = 1; at < elements.length; at++) {
    const element = elements[at] as Element;
    if (!isMandatory(element) || !followsSpace(elements, at)) continue;
    let keys: ReadonlySet<string> | null;
    try {
      keys = termKeys(source.slice(element.start, alternative.end));
    } catch {
      keys = null; // e.g. a back-reference to a group before the element
    }
    if (keys === null || keys.size === 0) continue;
    const score = selectivity(keys);
    if (score < SHORTEST_USEFUL_KEY) continue;
    if (best === null || score > selectivity(best) || (score === selectivity(best) && keys.size < best.size)) best = keys;
  }
  return best;
}

/** The keys of the term's gate, or `null` when some way of matching the term has no gate. */
export function termGate(source: string): ReadonlySet<string> | null {
  let pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return null;
  }
  let alternatives = pattern.alternatives;
  // A term written as one group: its alternatives are the term's.
  while (alternatives.length === 1 && alternatives[0]?.elements.length === 1) {
    const only = alternatives[0].elements[0];
    if (only?.type !== 'Group' && only?.type !== 'CapturingGroup') break;
    alternatives = only.alternatives;
  }
  const keys = new Set<string>();
  for (const alternative of alternatives) {
    const gate = alternativeGate(source, alternative);
    if (gate === null) return null;
    for (const key of gate) keys.add(key);
  }
  return keys.size === 0 ? null : keys;
}
