// Two small tools the core uses everywhere: remembering results for texts that repeat on every
// row, and grouping items by a key.

/**
 * `compute` remembered per argument. A roster repeats the same few texts (ratings, ticks, class
 * names, teachers) thousands of times; the cache stops growing at `limit` entries.
 */
export function memoize<K, V>(compute: (key: K) => V, limit = 20000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    if (cache.size < limit) cache.set(key, value);
    return value;
  };
}

/** Items grouped by key, groups in order of first appearance. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
