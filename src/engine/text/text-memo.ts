/**
 * A fact about a text, computed once while the detectors of one evaluation keep asking about the
 * same few texts. Bounded (cleared when full) and only a cache: results never depend on it.
 * `isFresh` lets a caller drop a value that something else has since made stale.
 */
export function memoByText<T>(compute: (text: string) => T, isFresh: (value: T) => boolean = () => true, max = 32): (text: string) => T {
  const values = new Map<string, T>();
  return (text) => {
    let value = values.get(text);
    if (value === undefined || !isFresh(value)) {
      value = compute(text);
      if (values.size >= max) values.clear();
      values.set(text, value);
    }
    return value;
  };
}
