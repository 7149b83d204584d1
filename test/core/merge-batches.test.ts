// The writer merges a layout's spans in as few calls as Sheets allows, merging exactly the same cells.
import fc from 'fast-check';
import { mergeBatches } from '../../src/core/layout';
import { Builder } from '../../src/core/layout/builder';
import { a1 } from '../../src/core/text';

/** The individual merges a batch makes, as Range.mergeAcross / mergeVertically / merge do. */
function expand(batch: { range: string; how: string }): string[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(batch.range)!;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [from, top, to, bottom] = [col(m[1]), Number(m[2]), col(m[3]), Number(m[4])];
  const out: string[] = [];
  if (batch.how === 'across') for (let r = top; r <= bottom; r++) out.push(`${a1(r, from)}:${a1(r, to)}`);
  else if (batch.how === 'vertically') for (let c = from; c <= to; c++) out.push(`${a1(top, c)}:${a1(bottom, c)}`);
  else out.push(batch.range);
  return out;
}

describe('mergeBatches', () => {
  it.each([
    [['A1:C1', 'A2:C2', 'D1:I1', 'D2:I2', 'D3:I3'], [['A1:C2', 'across'], ['D1:I3', 'across']]],
    [['A9:A10', 'B9:B10', 'C9:C10', 'H9:H10', 'D9:G9'], [['A9:C10', 'vertically'], ['H9:H10', 'vertically'], ['D9:G9', 'across']]],
    [['A1:B2', 'A5:I5', 'A7:I7'], [['A1:B2', 'whole'], ['A5:I5', 'across'], ['A7:I7', 'across']]],
    // Only spans of the same kind, over the same columns (rows), right next to each other, are joined.
    [['A1:B2', 'C1:D2'], [['A1:B2', 'whole'], ['C1:D2', 'whole']]],
    [['A1:A2', 'A3:A3'], [['A1:A2', 'vertically'], ['A3:A3', 'across']]],
    [['A1:A2', 'B1:B3', 'C1:C2'], [['A1:A2', 'vertically'], ['B1:B3', 'vertically'], ['C1:C2', 'vertically']]],
    [['Z1:AB1', 'Z2:AB2', 'AA3:AB3'], [['Z1:AB2', 'across'], ['AA3:AB3', 'across']]],
    // A range that is not A1 is merged as given, between the others, and joins none of them.
    [['A1:C1', 'Tổng hợp!A2:C2', 'A2:C2', 'bad'], [['A1:C2', 'across'], ['Tổng hợp!A2:C2', 'whole'], ['bad', 'whole']]],
  ])('%j → %j', (merges, expected) => {
    expect(mergeBatches(merges).map((b) => [b.range, b.how])).toEqual(expected);
  });

  it('merges exactly the cells the layout merges, for any set of one-row or one-column spans', () => {
    const span = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.boolean())
      .map(([row, col, len, across]) => (across ? `${a1(row, col)}:${a1(row, col + len)}` : `${a1(row, col)}:${a1(row + len, col)}`));
    fc.assert(fc.property(fc.uniqueArray(span, { maxLength: 20 }), (merges) => {
      const batches = mergeBatches(merges);
      expect(batches.flatMap(expand).sort()).toEqual([...merges].sort());
      expect(batches.length).toBeLessThanOrEqual(merges.length);
    }));
  });
});

describe('Builder.span', () => {
  it('merges a text over two or more columns, never one cell alone; its styles cover the span either way', () => {
    const b = new Builder(4, true);
    b.add([]);
    b.add([]);
    b.span(1, 2, 2, 'một ô', 'bold');
    b.span(2, 1, 3, 'ba ô', 'bold');
    expect(b.merges).toEqual(['A2:C2']);
    expect(b.rows).toEqual([[null, 'một ô'], ['ba ô']]);
    expect(b.styles.bold).toEqual(['B1:B1', 'A2:C2']);
  });
});
