// Target tables a school writes with more than one value column (a tester's findings): a "Chỉ tiêu"
// column of numbers of students beside "Tỉ lệ" was read as the percent (40 students: a 40% target,
// judged Vượt); a hand-made CK | KQ | CL | ĐG table per khối was read as khối 1's CK for every khối.
// The share is the target; several CK columns are refused at the header, never half read.
import { parseTargets } from '../../src/core/read/targets-table';
import type { SheetGrid } from '../../src/core/model';

const tab = (values: unknown[][], merges?: SheetGrid['merges']): SheetGrid => ({ name: 'Chỉ tiêu', values, ...(merges ? { merges } : {}) });
const read = (config: SheetGrid | undefined, targets?: SheetGrid) => {
  const got = parseTargets(config, targets);
  return { targets: got.targets.map((t) => `${t.area} ${t.grade ?? 'TT'} ${t.basisPoints} ${t.cell}`), problems: got.problems.map((p) => `${p.code}@${p.cell}`) };
};

describe('target tables with a number of students beside the share', () => {
  it('"Chỉ tiêu" then "Tỉ lệ": the share is the target', () => {
    expect(read(undefined, tab([['Nội dung', 'Khối', 'Chỉ tiêu', 'Tỉ lệ'], ['Toán', 1, 40, '100%'], ['Toán', 2, 49, '98%']])))
      .toEqual({ targets: ['Toán 1 10000 D2', 'Toán 2 9800 D3'], problems: [] });
  });

  it('"Chỉ tiêu" merged over "Số HS" | "Tỉ lệ": the share under it, the sub-header row no target', () => {
    expect(read(undefined, tab([['Nội dung', 'Khối', 'Chỉ tiêu', ''], ['', '', 'Số HS', 'Tỉ lệ'], ['Toán', 1, 40, '100%']], [{ row: 1, column: 3, numRows: 1, numColumns: 2 }])))
      .toEqual({ targets: ['Toán 1 10000 D3'], problems: [] });
  });

  it('Cấu hình "Chỉ tiêu Toán khối 1 | 40 | 100%": the share in C; a share in B stays the target', () => {
    expect(read({ name: 'Cấu hình', values: [['Chỉ tiêu Toán khối 1', 40, '100%'], ['Chỉ tiêu Toán khối 2', '98%', 'ghi chú'], ['Chỉ tiêu Tiếng Việt', 0.99, '']] }))
      .toEqual({ targets: ['Toán 1 10000 C1', 'Toán 2 9800 B2', 'Tiếng Việt TT 9900 B3'], problems: [] });
  });

  it('several CK columns (one per khối): refused at the header, no target read', () => {
    const got = read(undefined, tab([['', 'KHỐI 1', '', '', '', 'KHỐI 2', '', '', ''], ['Nội dung', 'CK', 'KQ', 'CL', 'ĐG', 'CK', 'KQ', 'CL', 'ĐG'],
      ['Toán', '90%', '', '', '', '99%', '', '', '']]));
    expect(got).toEqual({ targets: [], problems: ['TARGET_HEADER_NOT_FOUND@F2'] });
  });
});

describe('"Toàn trường" alone in Nội dung', () => {
  it('names no area: an error at its cell, never a target for every group', () => {
    expect(read(undefined, tab([['Nội dung', 'Chỉ tiêu'], ['Toán khối 1', '99%'], ['Toán khối 2', '98%'], ['Toàn trường', '98,5%']])))
      .toEqual({ targets: ['Toán 1 9900 B2', 'Toán 2 9800 B3'], problems: ['TARGET_UNKNOWN@A4'] });
  });
});

describe('a second value column, row by row (review)', () => {
  it('"Chỉ tiêu" written as a share beside "Tỉ lệ (%)" results: the Chỉ tiêu is the target; a blank Tỉ lệ changes nothing', () => {
    expect(read(undefined, tab([['Nội dung', 'Khối', 'Chỉ tiêu', 'Tỉ lệ (%)'], ['Toán', 1, '99%', 97.5], ['Tiếng Việt', '', '98%', '']])))
      .toEqual({ targets: ['Toán 1 9900 C2', 'Tiếng Việt TT 9800 C3'], problems: [] });
  });

  it('"Chỉ tiêu (%)" beside "Tỉ lệ", and "Chỉ tiêu" beside "Cam kết": read, never refused', () => {
    expect(read(undefined, tab([['Nội dung', 'Chỉ tiêu (%)', 'Tỉ lệ'], ['Toán', '99%', '']])).targets).toEqual(['Toán TT 9900 B2']);
    expect(read(undefined, tab([['Nội dung', 'Chỉ tiêu', 'Cam kết'], ['Toán', '99%', '']])).targets).toEqual(['Toán TT 9900 B2']);
  });

  it('Cấu hình: a unit or a note in C is no target', () => {
    expect(read({ name: 'Cấu hình', values: [['Chỉ tiêu Toán', 99, '%'], ['Chỉ tiêu Tiếng Việt', '≥ 99,5', 'tăng 0,5% so với năm trước']] }))
      .toEqual({ targets: ['Toán TT 9900 B1', 'Tiếng Việt TT 9950 B2'], problems: [] });
  });
});
