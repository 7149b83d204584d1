// Review-6 §3: a Nhật ký with two columns naming one field ("GV" and "Người ghi", "Học sinh" in B
// and "Họ và tên" in G) read the first and ignored the second without a word: which column holds
// the student or the mentor was guessed. The first is still read; every later column naming the
// same field is a warning at its own header cell, naming both columns. One label merged or written
// once over several columns is one column, never a repeat; a bracket naming another field
// ("Họ và tên (giáo viên)") is that field's column (e894ee2), so it repeats that field, not Học sinh.
import fc from 'fast-check';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { MergedRange } from '../../src/core/model';
import { LOG_FIELDS, readLogTab, type LogField } from '../../src/core/read/log';
import { propertyRuns } from '../helpers/property-runs';

function read(values: unknown[][], merges: MergedRange[] = []) {
  const tab = readLogTab({ name: 'Nhật ký', values, merges }, 2025, WALL_CLOCK_OFFSET);
  return {
    entries: tab?.entries.map((e) => [e.student, e.className, e.mentor, e.content, e.result]),
    repeated: tab?.problems.filter((p) => p.code === 'HEADER_DUPLICATE').map((p) => `${p.cell} ${p.message.slice(0, p.message.indexOf(').') + 2)}`),
    others: tab?.problems.filter((p) => p.code !== 'HEADER_DUPLICATE').map((p) => `${p.code}@${p.cell}`),
  };
}

describe('two columns naming one Nhật ký field', () => {
  it.each<[string, unknown[], unknown[], string[], unknown[]]>([
    ['GV đỡ đầu, then GV', ['Ngày', 'Học sinh', 'Lớp', 'GV đỡ đầu', 'Nội dung hỗ trợ', 'GV'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Trần Văn Hùng'],
      ['F1 Cột F ("GV") cũng là cột "GV" của nhật ký (đã có ở cột D, "GV đỡ đầu").'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', '']],
    ['Học sinh in B, Họ và tên in G', ['Ngày', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ', 'Kết quả', 'Họ và tên'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ', 'Phạm Thị Bình'],
      ['G1 Cột G ("Họ và tên") cũng là cột "Học sinh" của nhật ký (đã có ở cột B, "Học sinh").'], ['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', 'Tiến bộ']],
    ['Kết quả and Nhận xét, Nội dung hỗ trợ and Biện pháp', ['Ngày', 'Học sinh', 'Nội dung hỗ trợ', 'Biện pháp', 'Kết quả', 'Nhận xét'],
      ['15/11/2025', 'Lê Văn An', 'Kèm Toán', 'Học nhóm', 'Tiến bộ', 'Cần thêm'],
      ['D1 Cột D ("Biện pháp") cũng là cột "Nội dung hỗ trợ" của nhật ký (đã có ở cột C, "Nội dung hỗ trợ").',
        'F1 Cột F ("Nhận xét") cũng là cột "Kết quả / Nhận xét" của nhật ký (đã có ở cột E, "Kết quả").'], ['Lê Văn An', '', '', 'Kèm Toán', 'Tiến bộ']],
    ['three mentor columns: each repeat said once', ['Ngày', 'Học sinh', 'Nội dung', 'GV', 'Giáo viên', 'Người ghi'],
      ['15/11/2025', 'Lê Văn An', 'Kèm Toán', 'Nguyễn Thị Lan', 'Lan', 'Hùng'],
      ['E1 Cột E ("Giáo viên") cũng là cột "GV" của nhật ký (đã có ở cột D, "GV").', 'F1 Cột F ("Người ghi") cũng là cột "GV" của nhật ký (đã có ở cột D, "GV").'],
      ['Lê Văn An', '', 'Nguyễn Thị Lan', 'Kèm Toán', '']],
    ['a Form: "Họ và tên (giáo viên)" and "GV" are two mentor columns, Học sinh is the student', ['Dấu thời gian', 'Họ và tên (giáo viên)', 'Học sinh', 'GV', 'Nội dung hỗ trợ'],
      ['20/11/2025 14:03:27', 'Nguyễn Thị Lan', 'Lê Văn An', 'Lan', 'Kèm Toán'],
      ['D1 Cột D ("GV") cũng là cột "GV" của nhật ký (đã có ở cột B, "Họ và tên (giáo viên)").'], ['Lê Văn An', '', 'Nguyễn Thị Lan', 'Kèm Toán', '']],
  ])('%s: the first read, the repeat named at its header cell', (_, header, row, repeated, entry) => {
    const got = read([header, row]);
    expect(got.entries).toEqual([entry]);
    expect(got.repeated).toEqual(repeated);
    expect(got.others).toEqual([]);
  });

  it('in a two-row header the repeat is named at the cell of its own label, under its group', () => {
    const got = read([
      ['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ', 'Người hỗ trợ', ''],
      ['', 'Họ và tên', 'Lớp', '', 'GV', 'Họ tên'],
      ['15/11/2025', 'Lê Văn An', '4A', 'Kèm Toán', 'Nguyễn Thị Lan', 'Phạm Thị Bình'],
    ], [{ row: 1, column: 2, numRows: 1, numColumns: 2 }, { row: 1, column: 5, numRows: 1, numColumns: 2 }]);
    expect(got.entries).toEqual([['Lê Văn An', '4A', 'Nguyễn Thị Lan', 'Kèm Toán', '']]);
    // Under "Người hỗ trợ", "Họ tên" is the helper's name: a second GV column (issue 17, on purpose: a
    // second Học sinh column before).
    expect(got.repeated).toEqual(['F2 Cột F ("Họ tên") cũng là cột "GV" của nhật ký (đã có ở cột E, "GV").']);
  });

  it.each<[string, unknown[][], MergedRange[]]>([
    ['a label merged across two columns', [['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '', 'Kèm Toán']],
      [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]],
    ['a label written once, the cell beside it blank', [['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ'], ['15/11/2025', 'Lê Văn An', '', 'Kèm Toán']], []],
    ['a group over Họ và tên, the blank beside it under the group', [['Ngày', 'Học sinh', '', 'Nội dung hỗ trợ'], ['', 'Họ và tên', '', ''],
      ['15/11/2025', 'Lê Văn An', '', 'Kèm Toán']], [{ row: 1, column: 2, numRows: 1, numColumns: 2 }]],
  ])('%s is one column: no repeat', (_, values, merges) => {
    const got = read(values, merges);
    expect(got.entries).toEqual([['Lê Văn An', '', '', 'Kèm Toán', '']]);
    expect(got.repeated).toEqual([]);
  });

  it('the template\'s and the Form\'s own headers repeat nothing', () => {
    expect(read([['Ngày', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'], ['15/11/2025', 'Lê Văn An', '4A', '', 'Lan', 'Kèm Toán', '']]).repeated).toEqual([]);
    expect(read([['Dấu thời gian', 'Ngày hỗ trợ', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả / Nhận xét'],
      ['20/11/2025 14:03:27', '15/11/2025', 'Lê Văn An', '4A', '', 'Lan', 'Kèm Toán', '']]).repeated).toEqual([]);
  });

  it('property: any second alias of a field after the log\'s own columns is read never, and named at its cell', () => {
    // A part of the name ("Họ đệm", "Tên") beside a whole-name column is an unread column, not a repeat (log-name-parts.test.ts).
    const fields = (Object.keys(LOG_FIELDS) as LogField[]).filter((f) => f !== 'familyName' && f !== 'givenName');
    const pick = fc.constantFrom(...fields).chain((field) => fc.tuple(fc.constant(field), fc.constantFrom(...LOG_FIELDS[field])));
    fc.assert(fc.property(pick, ([field, alias]) => {
      const header = ['Ngày', 'Dấu thời gian', 'Học sinh', 'Lớp', 'Mã HS', 'GV', 'Nội dung hỗ trợ', 'Kết quả', alias];
      const row = ['15/11/2025', '20/11/2025 14:03:27', 'Lê Văn An', '4A', '9000000001', 'Lan', 'Kèm Toán', 'Tiến bộ', 'khác'];
      const tab = readLogTab({ name: 'Nhật ký', values: [header, row] }, 2025, WALL_CLOCK_OFFSET);
      const entry = tab?.entries[0];
      expect(entry && Object.values(entry.columns)).not.toContain(9);
      expect(tab?.problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['HEADER_DUPLICATE@I1']);
      expect(tab?.problems[0].message).toContain(`cũng là cột "${LOG_FIELDS[field][0]}"`);
    }), { numRuns: propertyRuns(100) });
  });
});
