// Style ranges moved and joined (src/core/layout/remap.ts): a joined range takes the place of the
// first of its pieces in the list; a header range is repeated only where all its rows were copied together.
import { joinTouching, remapRanges, type RowSource } from '../../src/core/layout/remap';

describe('joinTouching: where a joined range goes', () => {
  it('a joined range stands where its first piece in the list stood, even when that piece is the lower one', () => {
    // A5:B6 comes first in the list and A1:B4 last: joined, A1:B6 comes before D1:D2.
    expect(joinTouching(['A5:B6', 'D1:D2', 'A1:B4'])).toEqual(['A1:B6', 'D1:D2']);
  });
});

describe('remapRanges: a header range repeated only where all its rows were copied together', () => {
  it('header rows copied on different pages, never together, give no repeated range over the rows between', () => {
    // Header rows 1-2: row 1 is copied alone to new row 5, row 2 alone to new row 9; neither page holds the whole header.
    const sources: RowSource[] = [{ row: 1 }, { row: 2 }, { row: 3 }, { row: 4 }, { copyOf: 1 }, { row: 5 }, { row: 6 }, { row: 7 }, { copyOf: 2 }, { row: 8 }];
    expect(remapRanges(['A1:B2'], sources, 'style')).toEqual(['A1:B2']);
  });

  it('header rows copied together are repeated as one range there', () => {
    const sources: RowSource[] = [{ row: 1 }, { row: 2 }, { row: 3 }, { copyOf: 1 }, { copyOf: 2 }, { row: 4 }];
    expect(remapRanges(['A1:B2'], sources, 'style')).toEqual(['A1:B2', 'A4:B5']);
  });
});
