import { findIdentifiers, type IdentifierKind } from '../../../../src/engine/detectors/identifiers/index.js';

/** The values of the hits of one kind, as `findIdentifiers` reports them after overlap resolution. */
export function valuesOf(kind: IdentifierKind, text: string): string[] {
  return findIdentifiers(text).filter((hit) => hit.kind === kind).map((hit) => hit.value);
}

export function kindsIn(text: string): IdentifierKind[] {
  return findIdentifiers(text).map((hit) => hit.kind);
}
