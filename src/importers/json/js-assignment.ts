import { StringDecoder } from 'node:string_decoder';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * What may precede the JSON value: nothing, or a JavaScript assignment such as
 * `window.YTD.tweets.part0 = `, `Grailbird.data.tweets_2013_11 = ` or `var tweet_index = `.
 */
const ASSIGNMENT_PREFIX = /^\uFEFF?\s*(?:(?:var|let|const)\s+)?(?:[A-Za-z_$][\w$]*(?:\.[\w$]+|\[["']?[\w$.-]+["']?\])*\s*=\s*)?$/;
const PREFIX_CHARACTERS = /^[\uFEFF\s\w$.\]"'=-]*$/;
const MAX_PREFIX = 2_000;

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c;
const OPEN_BRACKET = 0x5b, CLOSE_BRACKET = 0x5d, OPEN_BRACE = 0x7b, CLOSE_BRACE = 0x7d;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The text is not JSON, nor JSON behind a JavaScript assignment. */
export class JsonShapeError extends Error {
  override readonly name = 'JsonShapeError';
}

/**
 * Turns the JavaScript files of an X/Twitter archive into plain JSON as they stream:
 * drops the assignment prefix and anything after the value (a `;`), and removes trailing
 * commas (`}, ]`), which hand-edited Grailbird files contain and JSON forbids.
 * Plain JSON passes through unchanged, so every JSON file of an archive can go through it.
 */
export class JsAssignmentToJson extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private phase: 'prefix' | 'value' | 'after' = 'prefix';
  private prefix = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** A comma outside strings and the whitespace after it, held until we know what follows. */
  private pendingComma: string | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.consume(this.decoder.write(chunk));
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.consume(this.decoder.end());
      if (this.phase === 'prefix') throw new JsonShapeError('no JSON array or object found');
      if (this.phase === 'value') throw new JsonShapeError('the data ends before its closing bracket (truncated file?)');
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  /** Output of the current chunk, pushed as one piece: many small pushes are slow. */
  private pieces: string[] = [];

  private consume(text: string): void {
    let start = 0;
    if (this.phase === 'prefix') start = this.skipPrefix(text);
    if (this.phase === 'value') this.scanValue(text, start);
    else if (this.phase === 'after') this.checkTrailer(text.slice(start));
    const output = this.pieces.join('');
    this.pieces = [];
    if (output) this.push(output);
  }

  private skipPrefix(text: string): number {
    const bracket = text.search(/[[{]/);
    this.prefix += bracket === -1 ? text : text.slice(0, bracket);
    // Until the value starts, the prefix may still be incomplete: check only its characters.
    const complete = bracket !== -1;
    const valid = complete ? ASSIGNMENT_PREFIX.test(this.prefix) : PREFIX_CHARACTERS.test(this.prefix);
    if (!valid || this.prefix.length > MAX_PREFIX) {
      const shown = this.prefix.trim().slice(0, 40);
      throw new JsonShapeError(`expected JSON or a "name = [" assignment, found "${shown}"`);
    }
    if (!complete) return text.length;
    this.phase = 'value';
    return bracket;
  }

  private scanValue(text: string, start: number): void {
    let emitFrom = start;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === QUOTE) this.inString = false;
        continue;
      }
      if (this.pendingComma !== null) {
        if (isWhitespace(code)) continue;
        // The held comma and whitespace run from emitFrom (this chunk) or sit in pendingComma.
        const held = this.pendingComma + text.slice(emitFrom, i);
        const dropComma = code === CLOSE_BRACKET || code === CLOSE_BRACE;
        this.pushText(dropComma ? held.slice(1) : held);
        this.pendingComma = null;
        emitFrom = i;
      }
      if (code === QUOTE) this.inString = true;
      else if (code === OPEN_BRACKET || code === OPEN_BRACE) this.depth++;
      else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) {
        this.depth--;
        if (this.depth === 0) {
          this.pushText(text.slice(emitFrom, i + 1));
          this.phase = 'after';
          this.checkTrailer(text.slice(i + 1));
          return;
        }
      } else if (code === COMMA) {
        this.pushText(text.slice(emitFrom, i));
        this.pendingComma = '';
        emitFrom = i;
      }
    }
    if (this.pendingComma !== null) this.pendingComma += text.slice(emitFrom);
    else this.pushText(text.slice(emitFrom));
  }

  private pushText(text: string): void {
    if (text) this.pieces.push(text);
  }

  /** After the value only whitespace and a `;` may follow. */
  private checkTrailer(text: string): void {
    const extra = text.replace(/[\s;]+/g, '');
    if (extra) throw new JsonShapeError(`unexpected content after the data: "${extra.slice(0, 40)}"`);
  }
}
