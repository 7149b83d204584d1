// memoize remembers each argument's result until its limit, then computes without remembering; groupBy keeps first-seen order.
import { groupBy, memoize } from '../../src/core/collections';

describe('memoize', () => {
  it('computes a repeated argument once', () => {
    const seen: string[] = [];
    const upper = memoize((s: string) => { seen.push(s); return s.toUpperCase(); });
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(seen).toEqual(['a', 'b']);
  });

  it('remembers exactly `limit` arguments; past them it computes every time, still right', () => {
    const seen: number[] = [];
    const double = memoize((n: number) => { seen.push(n); return 2 * n; }, 2);
    expect([1, 2, 3, 3, 1, 2].map(double)).toEqual([2, 4, 6, 6, 2, 4]);
    expect(seen).toEqual([1, 2, 3, 3]);
  });
});

describe('groupBy', () => {
  it('groups in order of first appearance', () => {
    expect([...groupBy(['bò', 'an', 'bé', 'ăn'], (w) => w[0])]).toEqual([['b', ['bò', 'bé']], ['a', ['an']], ['ă', ['ăn']]]);
  });
});
