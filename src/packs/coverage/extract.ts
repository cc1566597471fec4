import { cuesIn, type Cue } from './cues.js';
import { isImperative } from './imperative.js';
import { layoutBlocks, type Block } from './layout.js';
import { splitSentences } from './sentences.js';

/** A section as the policy numbers and names it: "6.7.3", "5.3 Personal Use", "Appendix B – …". */
export interface Section {
  readonly number?: string;
  readonly title?: string;
  readonly label: string;
  /** Headings with nothing between them, outermost first ("Review and revision arrangements", "Maintenance of this policy"). */
  readonly headings: readonly string[];
}

export interface PolicySentence {
  readonly section: Section;
  readonly text: string;
  /** The sentence that introduces the list this sentence is an item of ("…should never:"). */
  readonly leadIn?: string;
  /** What makes it prescriptive, with offsets in `text`; empty for a sentence that prescribes nothing. */
  readonly cues: readonly Cue[];
  /** `cue`: a modal or deontic word; `imperative`: an order; `list`: an item of a prescriptive list. */
  readonly why?: 'cue' | 'imperative' | 'list';
}

const SECTION_NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.\s*|\s+)(?=\p{L})/u;
const INLINE_TITLE = /^([^.:;!?]{1,80}?):\s+(?=\S)/u;
/** A sentence that opens a list: "…should never:", "…even in a personal capacity must not;". */
const LEAD_IN = /(?::|\b(?:must|shall|should|may|will)(?:\s+(?:not|never))?\s*;)$/iu;
/** A list of examples ("…changes such as:"): the duty is the lead-in's, the items only illustrate it. */
const EXAMPLES = /\b(?:such as|includ(?:e|es|ing)|for example|notamment|par exemple|comme)\s*:$/iu;

const words = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/** A short line with no sentence punctuation and no prescription in it names a section. */
function isTitle(text: string, numbered: boolean, language: string): boolean {
  if (words(text) > 12 || /^[\p{Ll}(]/u.test(text) || /[.;,!?]$/u.test(text) || /[.!?]\s/u.test(text)) return false;
  if (text.endsWith(':') && !numbered && text !== text.toUpperCase()) return false;
  return cuesIn(text, language).length === 0;
}

interface OpenList {
  readonly leadIn: string;
  readonly prescriptive: boolean;
  /** The lead-in stays a sentence to cover: its items are examples. */
  readonly keepsCues: boolean;
  readonly leadInIndex: number;
  bulleted: boolean;
  items: number;
}

/** The text's own cues, read after its lead-in: "This policy aims to: ensure…" states an aim, not a duty. */
function ownCues(text: string, leadIn: string | undefined, language: string): Cue[] {
  const context = leadIn === undefined ? '' : `${leadIn.replace(/[:;]$/u, '')} `;
  return cuesIn(context + text, language, context.length).map((c) => ({ ...c, start: c.start - context.length, end: c.end - context.length }));
}

/**
 * Whether a block goes on the open list. Marked items always do; once a list has marked items an
 * unmarked block ends it. Unmarked items are single sentences ("Bring STaSS into disrepute"), but
 * not one that prescribes on its own and ends with a full stop: that is the prose after the list.
 */
function isItem(block: Block, sentences: ReadonlyArray<{ text: string }>, list: OpenList, language: string): boolean {
  if (block.bulleted) return true;
  if (list.bulleted) return false;
  if (block.text.endsWith(';')) return true;
  if (sentences.length !== 1) return false;
  if (ownCues(block.text, list.leadIn, language).length > 0 && block.text.endsWith('.')) return false;
  return list.prescriptive || !isTitle(block.text, false, language);
}

function classify(text: string, leadIn: string | undefined, listPrescriptive: boolean, bulleted: boolean, language: string): Pick<PolicySentence, 'cues' | 'why'> {
  const cues = ownCues(text, leadIn, language);
  if (cues.length > 0) return { cues, why: 'cue' };
  const whole = [{ start: 0, end: text.length, text }];
  if (leadIn !== undefined) return listPrescriptive ? { cues: whole, why: 'list' } : { cues: [] };
  if ((language !== 'fr' || bulleted) && isImperative(text, language)) return { cues: whole, why: 'imperative' };
  return { cues: [] };
}

/** Where the walk through the policy stands: the section, whether a heading was the last thing read, the open list. */
interface Walk {
  section: Section;
  afterHeading: boolean;
  list: OpenList | undefined;
}

function enter(walk: Walk, number: string | undefined, title: string | undefined, label: string): void {
  walk.section = { number, title, label, headings: walk.afterHeading ? [...walk.section.headings, label] : [label] };
  walk.list = undefined;
}

/** A heading line ("## 4.1 Employees", "6.6 Personal Identification…:", "Business use of social media"), or undefined. */
function headingOf(block: Block, number: RegExpExecArray | null, language: string): { number?: string; title: string; label: string } | undefined {
  const rest = number ? block.text.slice(number[0].length) : block.text;
  if (!block.markdownHeading && !(number && isTitle(rest, true, language))) return undefined;
  return { number: number?.[1], title: rest.replace(/:$/u, ''), label: block.text.replace(/:$/u, '') };
}

/**
 * Every sentence of a policy with its section, and what makes it prescriptive if anything does.
 * `language` is the policy's (en, fr): it picks the cues and how orders are recognized.
 */
export function extractSentences(policy: string, language = 'en'): PolicySentence[] {
  const out: PolicySentence[] = [];
  const walk: Walk = { section: { title: '(opening)', label: '(opening)', headings: [] }, afterHeading: false, list: undefined };
  const emit = (text: string, leadIn: string | undefined, listPrescriptive: boolean, bulleted: boolean): void => {
    out.push({ section: walk.section, text, ...(leadIn === undefined ? {} : { leadIn }), ...classify(text, leadIn, listPrescriptive, bulleted, language) });
    walk.afterHeading = false;
  };
  for (const block of layoutBlocks(policy)) {
    const number = block.bulleted ? null : SECTION_NUMBER.exec(block.text);
    const heading = headingOf(block, number, language);
    if (heading) { enter(walk, heading.number, heading.title, heading.label); walk.afterHeading = true; continue; }
    let text = block.text;
    if (number) {
      text = text.slice(number[0].length);
      const inline = INLINE_TITLE.exec(text);
      const title = inline && words(inline[1]!) <= 8 ? inline[1] : undefined;
      if (title !== undefined) text = text.slice(inline![0].length);
      enter(walk, number[1], title, [number[1], title].filter(Boolean).join(' '));
    }
    const sentences = splitSentences(text, language);
    const list = walk.list;
    if (list && !number && isItem(block, sentences, list, language)) {
      // The lead-in's prescription is carried by its items.
      if (list.items++ === 0 && !list.keepsCues) out[list.leadInIndex] = { ...out[list.leadInIndex]!, cues: [], why: undefined };
      if (block.bulleted) list.bulleted = true;
      for (const s of sentences) emit(s.text, list.leadIn, list.prescriptive, true);
      continue;
    }
    walk.list = undefined;
    if (!number && !block.bulleted && isTitle(text, false, language)) { enter(walk, undefined, text, text); walk.afterHeading = true; continue; }
    for (const s of sentences) emit(s.text, undefined, false, block.bulleted);
    const last = out[out.length - 1];
    if (last && sentences.length > 0 && LEAD_IN.test(last.text)) {
      const examples = EXAMPLES.test(last.text);
      walk.list = { leadIn: last.text, prescriptive: !examples && last.cues.length > 0, keepsCues: examples, leadInIndex: out.length - 1, bulleted: false, items: 0 };
    }
  }
  return out;
}

/** Only the sentences that prescribe something. */
export function extractPrescriptiveSentences(policy: string, language = 'en'): PolicySentence[] {
  return extractSentences(policy, language).filter((s) => s.cues.length > 0);
}
