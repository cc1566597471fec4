const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Facebook and Instagram export UTF-8 bytes as if each byte were a Latin-1 character
 * (`é` arrives as `\u00c3\u00a9`, i.e. "Ã©"). Re-reading those code points as bytes gives
 * the real text back. Text that is not of that shape (a character above U+00FF, or bytes
 * that are not valid UTF-8) is returned unchanged, so repairing twice is harmless.
 */
export function repairMojibake(text: string): string {
  let hasHighByte = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) hasHighByte = true;
  }
  if (!hasHighByte) return text;
  try {
    return UTF8.decode(Buffer.from(text, 'latin1'));
  } catch {
    return text;
  }
}

/** Repairs every string in a parsed JSON value. */
export function repairMojibakeDeep<T>(value: T): T {
  if (typeof value === 'string') return repairMojibake(value) as T;
  if (Array.isArray(value)) return value.map((element: unknown) => repairMojibakeDeep(element)) as T;
  if (value !== null && typeof value === 'object') {
    const repaired: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(value)) repaired[key] = repairMojibakeDeep(element);
    return repaired as T;
  }
  return value;
}
