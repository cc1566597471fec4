import type { Readable } from 'node:stream';
import { CarBlockIterator } from '@ipld/car/iterator';
import * as dagCbor from '@ipld/dag-cbor';

export interface DecodedBlock {
  readonly cid: string;
  readonly bytes: Uint8Array;
}

/** A CID as decoded from DAG-CBOR: multiformats marks one with `asCID` pointing at itself. */
export function asLink(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as { asCID?: unknown }).asCID === value ? String(value) : undefined;
}

/** The roots of a CAR file and an iterator over its blocks, read as a stream. */
export async function openCar(input: Readable): Promise<{ roots: string[]; blocks: AsyncIterable<DecodedBlock> }> {
  const iterator = await CarBlockIterator.fromIterable(input);
  const roots = (await iterator.getRoots()).map(String);
  async function* blocks(): AsyncGenerator<DecodedBlock> {
    for await (const block of iterator) yield { cid: block.cid.toString(), bytes: block.bytes };
  }
  return { roots, blocks: blocks() };
}

/** Decodes a DAG-CBOR block; undefined for blocks in other codecs (a repository holds none). */
export function decodeBlock(bytes: Uint8Array): unknown {
  try {
    return dagCbor.decode(bytes);
  } catch {
    return undefined;
  }
}
