import { pathTexts, readHeaderTree } from '../../src/core/read/header-tree';

const texts = (values: unknown[][], merges: Parameters<typeof readHeaderTree>[1], rows: number[], stop?: Set<number>) =>
  readHeaderTree(values, merges, rows, { stop }).map((c) => [c.column, pathTexts(c)]);

describe('readHeaderTree', () => {
  it('gives a label merged across columns to every column it covers, with its own cell', () => {
    const values = [
      ['Họ và tên', 'Giữa học kì I', '', '', ''],
      ['', 'Năng lực chung', '', 'Toán', 'Tiếng Việt'],
      ['', 'Tự chủ', 'Giao tiếp', '', 'Đọc'],
    ];
    const merges = [
      { row: 1, column: 1, numRows: 3, numColumns: 1 },
      { row: 1, column: 2, numRows: 1, numColumns: 4 },
      { row: 2, column: 2, numRows: 1, numColumns: 2 },
      { row: 2, column: 4, numRows: 2, numColumns: 1 },
    ];
    const tree = readHeaderTree(values, merges, [0, 1, 2], { continueBlanks: false });
    expect(tree.map(pathTexts)).toEqual([
      ['Họ và tên'],
      ['Giữa học kì I', 'Năng lực chung', 'Tự chủ'],
      ['Giữa học kì I', 'Năng lực chung', 'Giao tiếp'],
      ['Giữa học kì I', 'Toán'],
      ['Giữa học kì I', 'Tiếng Việt', 'Đọc'],
    ]);
    // The covered cell's label points at the merge's top-left cell (0-based), where the school edits it.
    expect(tree[2].path.map((l) => [l.row, l.column])).toEqual([[0, 1], [1, 1], [2, 2]]);
  });

  it('continues a blank cell from its left while the labels above are the same cells (merges lost)', () => {
    const values = [
      ['Môn học và hoạt động giáo dục', '', '', 'Năng lực', ''],
      ['Toán', '', 'Tiếng Việt', 'Tự chủ', ''],
      ['Mức đạt được', 'Điểm KTĐK', '', '', ''],
    ];
    expect(texts(values, undefined, [0, 1, 2])).toEqual([
      [0, ['Môn học và hoạt động giáo dục', 'Toán', 'Mức đạt được']],
      [1, ['Môn học và hoạt động giáo dục', 'Toán', 'Điểm KTĐK']],
      // Its left neighbour has another label above: the blank stays blank.
      [2, ['Môn học và hoạt động giáo dục', 'Tiếng Việt']],
      [3, ['Năng lực', 'Tự chủ']],
      [4, ['Năng lực', 'Tự chủ']],
    ]);
    expect(readHeaderTree(values, undefined, [0, 1, 2], { continueBlanks: false }).map(pathTexts)[1]).toEqual(['Điểm KTĐK']);
  });

  it('leaves stopped columns out and never continues a label across them', () => {
    const values = [['Giữa học kì I', 'Lớp', '', 'Cuối năm'], ['Toán', '', 'TV', '']];
    expect(texts(values, undefined, [0, 1], new Set([1]))).toEqual([
      [0, ['Giữa học kì I', 'Toán']],
      [2, ['TV']],
      [3, ['Cuối năm']],
    ]);
  });

  it('reads one row, rows past the grid and a merge reaching past the header rows', () => {
    expect(texts([['GKI - TV (Đọc)', ' GKI  - TV (Viết) ']], undefined, [0])).toEqual([[0, ['GKI - TV (Đọc)']], [1, ['GKI - TV (Viết)']]]);
    expect(readHeaderTree([['a']], undefined, [0, 1], { width: 2 }).map(pathTexts)).toEqual([['a'], ['a']]);
    const merged = readHeaderTree([['Cuối năm', ''], ['C', 'T']], [{ row: 1, column: 1, numRows: 2, numColumns: 2 }], [0], { width: 3 });
    expect(merged.map(pathTexts)).toEqual([['Cuối năm'], ['Cuối năm'], ['Cuối năm']]);
  });
});

describe('a blank header cell continues its left neighbour only inside one group', () => {
  const paths = (...args: Parameters<typeof texts>) => texts(...args).map(([, path]) => path);
  it('under a new review point, a blank area cell is no continuation of the previous point\'s last area', () => {
    // Giữa học kì I over Toán, Tiếng Việt; Cuối học kì I over a blank: that column names no area.
    expect(paths([['Giữa học kì I', '', 'Cuối học kì I'], ['Toán', 'Tiếng Việt', '']], [], [0, 1]))
      .toEqual([['Giữa học kì I', 'Toán'], ['Giữa học kì I', 'Tiếng Việt'], ['Cuối học kì I']]);
    // Inside one group it does: the blank under Giữa học kì I continues Tiếng Việt.
    expect(paths([['Giữa học kì I', '', ''], ['Toán', 'Tiếng Việt', '']], [], [0, 1]))
      .toEqual([['Giữa học kì I', 'Toán'], ['Giữa học kì I', 'Tiếng Việt'], ['Giữa học kì I', 'Tiếng Việt']]);
  });

  it('never across a column outside the tree', () => {
    // Column 1 (Lớp) is outside: column 2, blank in both rows, continues nothing.
    expect(texts([['Giữa học kì I', 'Lớp', ''], ['Toán', '', '']], [], [0, 1], new Set([1])))
      .toEqual([[0, ['Giữa học kì I', 'Toán']], [2, []]]);
  });
});
