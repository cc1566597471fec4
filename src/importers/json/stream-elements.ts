import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import Parser from 'stream-json/Parser.js';
import Pick from 'stream-json/filters/Pick.js';
import StreamValues from 'stream-json/streamers/StreamValues.js';
import { ArchiveError } from '../types.js';
import { JsAssignmentToJson, JsonShapeError } from './js-assignment.js';

export interface JsonElement {
  /** Position of the element in its array, from 0. */
  readonly index: number;
  readonly value: unknown;
}

type Stack = ReadonlyArray<number | string | null>;

/**
 * Picks the elements of a top-level array, or of an array under one of `arrayKeys` in a
 * top-level object, so a file of any size is read one element at a time.
 */
function elementFilter(arrayKeys: ReadonlySet<string>) {
  return (stack: Stack): boolean =>
    (stack.length === 1 && typeof stack[0] === 'number') ||
    (stack.length === 2 && typeof stack[1] === 'number' && arrayKeys.has(String(stack[0])));
}

/** Iterates the last stream of a pipeline, surfacing the first error of any stage. */
export async function* iteratePipeline<T>(streams: NodeJS.ReadWriteStream[] | [Readable, ...NodeJS.ReadWriteStream[]]): AsyncGenerator<T> {
  let failure: Error | null = null;
  const last = pipeline(streams, (error: Error | null) => {
    if (error) failure = error;
  }) as unknown as Readable;
  try {
    for await (const chunk of last) yield chunk as T;
  } catch (error) {
    throw failure ?? error;
  } finally {
    if (!last.destroyed) last.destroy();
  }
  if (failure) throw failure;
}

/**
 * Streams the elements of the JSON (or `window.YTD… =` JavaScript) array in `input`.
 * Memory stays bounded by the largest single element, whatever the file size.
 */
export async function* streamJsonElements(
  input: Readable,
  displayPath: string,
  arrayKeys: readonly string[] = [],
): AsyncGenerator<JsonElement> {
  const stages: [Readable, ...NodeJS.ReadWriteStream[]] = [
    input,
    new JsAssignmentToJson(),
    new Parser({ packValues: true, streamValues: false }),
    new Pick({ filter: elementFilter(new Set(arrayKeys)) }),
    new StreamValues(),
  ];
  let index = 0;
  try {
    for await (const element of iteratePipeline<{ value: unknown }>(stages)) {
      yield { index: index++, value: element.value };
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    const where = index > 0 ? ` (after element ${index})` : '';
    // Parse errors come from stream-json ("Parser cannot parse input…") or our own transform;
    // anything else (a disk or zip error) is a failure to read, not bad JSON.
    const isSyntax = error instanceof JsonShapeError || /^Parser\b/.test(reason);
    const problem = isSyntax ? `invalid JSON${where}: ${reason}` : `cannot read${where}: ${reason}`;
    throw new ArchiveError(displayPath, problem, { cause: error });
  }
}
