export interface TextMemoOptions<T> {
  /** Lets a caller drop a value that something else has since made stale. */
  readonly isFresh?: (value: T) => boolean;
  /** How many texts are kept; the memo is cleared when full. */
  readonly max?: number;
  /** Texts longer than this are computed each time and not kept, so the memo stays small whatever people post. */
  readonly longest?: number;
}

/**
 * A fact about a text, computed once while the detectors of one evaluation keep asking about the
 * same few texts. Bounded (cleared when full) and only a cache: results never depend on it.
 */
export function memoByText<T>(compute: (text: string) => T, options: TextMemoOptions<T> = {}): (text: string) => T {
  const { isFresh = () => true, max = 32, longest = Infinity } = options;
  const values = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return compute(text);
    let value = values.get(text);
    if (value === undefined || !isFresh(value)) {
      value = compute(text);
      if (values.size >= max) values.clear();
      values.set(text, value);
    }
    return value;
  };
}
