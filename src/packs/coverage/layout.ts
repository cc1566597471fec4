/**
 * A policy's plain text (or Markdown) as blocks: each paragraph, each list item, each heading
 * candidate, in order. Undoes what page layout did to the text: repeated page furniture is dropped,
 * and a sentence cut by a page break is joined again.
 */
export interface Block {
  readonly text: string;
  /** Began with a list marker (-, •, *). */
  readonly bulleted: boolean;
  /** A Markdown heading (`## 4.1 Employees`). */
  readonly markdownHeading: boolean;
}

const BULLET = /^(?:(?:[-•·▪◦]|\*(?!\*))\s+)+/u;
const MARKDOWN_HEADING = /^#{1,6}\s+/u;
/** A line ending like this ends its block; other line breaks are the text wrapping. */
const HARD_END = /[.;:!?]["”’)]*$/u;
const TERMINAL = /[.;:!?)"”’]$/u;

/** Emphasis and escapes are layout, not words: `Mention **any**` is "Mention any". */
function cleanLine(line: string): string {
  return line.replace(/\*\*/g, '').replace(/\\([*_#[\]\\-])/g, '$1').replace(/(?<=\S)\*|\*(?=\S)/g, '').replace(/[\t\u00a0]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Lines repeated three times or more (a footer, a letterhead) are page furniture. */
function furniture(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (/\p{L}/u.test(line)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([line]) => line));
}

function paragraphs(text: string): string[][] {
  const lines = text.split(/\r?\n/).map(cleanLine);
  const repeated = furniture(lines);
  const result: string[][] = [[]];
  for (const line of lines) {
    if (repeated.has(line)) continue;
    if (line === '') { if (result[result.length - 1]!.length > 0) result.push([]); continue; }
    result[result.length - 1]!.push(line);
  }
  return result.filter((p) => p.length > 0);
}

/** Splits a paragraph at list markers and at lines that end a sentence or an item. */
function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Array<{ text: string; bulleted: boolean; markdownHeading: boolean }> = [];
  let open = false;
  for (const raw of lines) {
    const bulleted = BULLET.test(raw);
    const markdownHeading = MARKDOWN_HEADING.test(raw);
    const line = raw.replace(BULLET, '').replace(MARKDOWN_HEADING, '');
    const last = blocks[blocks.length - 1];
    if (open && last && !bulleted && !markdownHeading) last.text = `${last.text} ${line}`;
    else blocks.push({ text: line, bulleted, markdownHeading });
    open = !markdownHeading && !HARD_END.test(line);
  }
  return blocks;
}

/** A block cut short ("…date of birth,") whose next block goes on in lower case was cut by a page break. */
function joinPageBreaks(blocks: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined[joined.length - 1];
    const continues = last !== undefined && !last.markdownHeading && !block.bulleted && !block.markdownHeading
      && !TERMINAL.test(last.text) && /^\p{Ll}/u.test(block.text);
    if (continues) joined[joined.length - 1] = { ...last, text: `${last.text} ${block.text}` };
    else joined.push(block);
  }
  return joined;
}

export function layoutBlocks(text: string): Block[] {
  return joinPageBreaks(paragraphs(text).flatMap(blocksOf)).filter((b) => /[\p{L}\p{N}]/u.test(b.text));
}
