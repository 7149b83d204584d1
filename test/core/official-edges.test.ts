// Edges of the official-tab reader (mutation testing, issue 17): which subject a bracketed head
// names, what a column's labels make of it, what the title rows say, and a class list whose header
// is merged down. Each case pins one decision at core level, where a mutant of it can be caught.
import { parseClassList } from '../../src/core/read/classes';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { readOfficialTab } from '../../src/core/read/official';
import { classify, matchSubject, placeColumns } from '../../src/core/read/official/columns';
import { findDataStart, findHeader, readTitle } from '../../src/core/read/official/title';
import { a1 } from '../../src/core/text';
import { THCS_SUBJECTS, secondaryClass, secondarySheet } from '../../local/vnedu-export-secondary';

describe('matchSubject: a bracket names the subject only when it names a part of the head', () => {
  it('a bracket inside the head is no part name: the whole head is read', () => {
    expect(matchSubject('Lịch sử (Sử) và Địa lí')).toBe('Lịch sử và Địa lí');
    expect(matchSubject('Khoa học (KH) tự nhiên')).toBe('Khoa học tự nhiên');
  });

  it('an orientation in brackets before the last bracket still keeps "Công nghệ (Nông nghiệp) (NN)" Công nghệ', () => {
    expect(matchSubject('Công nghệ (Nông nghiệp) (NN)')).toBe('Công nghệ');
  });

  it('"Môn" before the head is dropped, even after stray spaces, before the bracket is weighed', () => {
    expect(matchSubject('Môn Công nghệ (NN)')).toBe('Công nghệ');
    expect(matchSubject('  Môn Công nghệ (NN)')).toBe('Công nghệ');
  });

  it('a head that names no subject before its bracket takes the bracket\'s subject', () => {
    expect(matchSubject('Môn tự chọn (Tin học)')).toBe('Tin học');
  });

  it('a head that is a subject as written wins over the head without its brackets: "Ngoại ngữ (2)" is Ngoại ngữ 2', () => {
    expect(matchSubject('Ngoại ngữ (2)')).toBe('Ngoại ngữ 2');
    expect(matchSubject('NN (2)')).toBe('Ngoại ngữ 2');
  });
});

describe('classify: what a column\'s labels make of it', () => {
  it('a secondary subject over "(HS 1)" is a vnEdu rating; one no known name matches keeps its own name', () => {
    expect(classify(['Toán', '(HS 1)'])).toEqual({ kind: 'rating', area: 'Toán', scale: 'subject', hint: 'score', marked: true });
    expect(classify(['Tiếng Khmer', '(HS 1)'])).toEqual({ kind: 'rating', area: 'Tiếng Khmer', scale: 'subject', hint: 'score', marked: true, unknownSubject: 'Tiếng Khmer' });
  });

  it('Buổi nghỉ parts and known secondary columns are vnEdu\'s own', () => {
    expect(classify(['Buổi nghỉ', 'P'])).toEqual({ kind: 'absence', part: 'excused', scale: 'subject', marked: true });
    expect(classify(['Danh hiệu'])).toEqual({ kind: 'other', scale: 'subject', marked: true, ignored: true });
  });

  it('an unknown subject under the subject group is a rating under its own name, placed by the group', () => {
    expect(classify(['Môn học và hoạt động giáo dục', 'Kĩ năng sống'])).toEqual(
      { kind: 'rating', area: 'Kĩ năng sống', scale: 'subject', unknownSubject: 'Kĩ năng sống', marked: true });
  });

  it('a blank label below a subject does not hide the subject', () => {
    expect(classify(['Môn học và hoạt động giáo dục', 'Toán', ''])).toEqual({ kind: 'rating', area: 'Toán', scale: 'subject', marked: true });
    expect(classify(['Toán', ''])).toEqual({ kind: 'rating', area: 'Toán', scale: 'subject', marked: false });
  });

  it('a primary column under "Nhận xét" or KQGD is known and not read', () => {
    expect(classify(['Nhận xét'])).toEqual({ kind: 'other', scale: 'subject', marked: true, ignored: true });
  });

  it('a column without any label is nothing, and places nothing', () => {
    expect(classify(['', ''])).toEqual({ kind: 'other', scale: 'subject', marked: false });
  });
});

describe('placeColumns: the columns of a header tree', () => {
  it('vnEdu\'s second, hidden "Họ và tên" is a field column; only rating, score and other read kinds are columns', () => {
    const values = [
      ['STT', 'HỌ VÀ TÊN HỌC SINH', 'Họ và tên', 'Toán', '', 'Khen thưởng'],
      ['', '', '', 'Mức đạt được', 'Điểm KTĐK', ''],
      [1, 'Lê Văn An', '', 'T', 9, ''],
    ];
    const header = findHeader(values);
    expect(header?.row).toBe(0);
    const placed = placeColumns(values, [{ row: 1, column: 4, numRows: 1, numColumns: 2 }], 0, header?.fields ?? {}, [0, 1]);
    expect([...placed.fieldColumns].sort()).toEqual([0, 1, 2]);
    expect(placed.classified.map((x) => [x.c, x.kind])).toEqual([[3, 'rating'], [4, 'score'], [5, 'other']]);
    expect(placed.columns).toEqual([
      { column: 3, kind: 'rating', area: 'Toán', scale: 'subject', labels: ['Toán', 'Mức đạt được'] },
      { column: 4, kind: 'score', area: '', scale: 'subject', labels: ['Toán', 'Điểm KTĐK'] },
    ]);
  });
});

describe('findDataStart: the first row below the header', () => {
  it('without STT, the first row with a name below the header, never the header or a title row above it', () => {
    expect(findDataStart([['Lớp 2A'], ['Họ và tên', 'Toán'], ['', 'Mức đạt được'], ['Lê Văn An', 'T']], 1, 0, undefined)).toBe(3);
  });

  it('no numbered row and no name within six rows of the header: the data starts six rows below it, or at the end of a shorter tab', () => {
    const unnumbered = Array.from({ length: 10 }, (_, r) => [r === 0 ? 'STT' : 'x', r === 0 ? 'Họ và tên' : '']);
    expect(findDataStart(unnumbered, 0, 1, 0)).toBe(6);
    expect(findDataStart(unnumbered.slice(0, 4), 0, 1, 0)).toBe(4);
  });

  // Changed on purpose (review-7 F2c): named rows whose STT is unreadable start the data; they were taken into the header unseen.
  it('a named row with an unreadable STT starts the data, so it is never taken into the header', () => {
    const unnumbered = Array.from({ length: 10 }, (_, r) => [r === 0 ? 'STT' : 'x', r === 0 ? 'Họ và tên' : `Học sinh ${r}`]);
    expect(findDataStart(unnumbered, 0, 1, 0)).toBe(1);
  });
});

describe('readTitle: what the rows above the header say', () => {
  it('the first cell naming the school year and the class wins over later ones', () => {
    const title = readTitle([
      ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I', 'Năm học: 2025 - 2026'],
      ['Lớp: 2A', 'So với năm học 2024 - 2025, lớp 3B'],
      ['STT', 'Họ và tên'],
    ], 2);
    expect(title).toEqual({ reviewPoint: 'CKI', schoolYear: 2025, className: '2A', cells: { reviewPoint: [1, 1], schoolYear: [1, 2], className: [2, 1] } });
  });

  it('"Lớp : 2A" with a space before the colon, and "Lớp 10 A1" with a space inside, name the class', () => {
    expect(readTitle([['Lớp : 2A'], ['STT']], 1).className).toBe('2A');
    expect(readTitle([['Lớp 10 A1'], ['STT']], 1).className).toBe('10A1');
  });

  it('the header row is no title: a column "Giữa học kì I" there names no review point', () => {
    const title = readTitle([['Lớp 2A'], ['STT', 'Họ và tên', 'Giữa học kì I']], 1);
    expect(title).toEqual({ className: '2A', cells: { className: [1, 1] } });
  });
});

describe('findHeader: the header row has a name column', () => {
  it('"Tên" alone is no name column: the header is the row with Họ đệm and Tên', () => {
    expect(findHeader([['STT', 'Tên', 'Toán'], ['STT', 'Họ đệm', 'Tên'], [1, 'Lê Văn', 'An']])).toEqual({ row: 1, fields: { stt: 0, familyName: 1, givenName: 2 } });
  });
});

describe('a class named by its tab', () => {
  const tabNamed = (name: string) => readOfficialTab({ name, values: [
    ['KẾT QUẢ ĐÁNH GIÁ CUỐI HỌC KÌ I', 'Năm học 2025 - 2026'],
    ['STT', 'Họ và tên', 'Toán'],
    [1, 'Lê Văn An', 'T'],
  ] }, WALL_CLOCK_OFFSET)?.className;

  it('only a copy number at the end of the tab\'s name is dropped: "2a (2)" is 2A, "2a (2) cũ" is not', () => {
    expect(tabNamed('2a (2)')).toBe('2A');
    expect(tabNamed('2a (2) cũ')).toBe('2A (2) CŨ');
  });
});

describe('a secondary row without a name', () => {
  it('a Buổi nghỉ that is no number is named by its cell alone', () => {
    const students = secondaryClass(3, 9300000101, 2014, (i) => (i === 1 ? { name: '', absences: ['ốm', 0, ''] as [string, number, string] } : {}));
    const sheet = secondarySheet({ sheet: '6b', className: '6B', grade: 6, point: 'HK2', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, students });
    const t = readOfficialTab(sheet.grid, WALL_CLOCK_OFFSET);
    const bad = t?.problems.filter((p) => p.code === 'ABSENCE_INVALID');
    expect(bad?.map((p) => p.message)).toEqual(['Ô Buổi nghỉ ghi "ốm", không phải một số buổi, nên số buổi nghỉ này chưa được tính. Ghi số buổi nghỉ (ví dụ 3), hoặc 0.']);
    // P, the first of the Buổi nghỉ columns, on the nameless row.
    expect(bad?.map((p) => `${p.severity}@${p.cell}`)).toEqual([`warning@${a1(sheet.rowOf[1], sheet.columnOf['Buổi nghỉ'])}`]);
  });
});

describe('parseClassList: a header merged down over two rows', () => {
  it('spills no header label into the rows below it', () => {
    const list = parseClassList({ name: 'Lớp', values: [
      ['Tên lớp', 'Khối', 'GVCN'],
      ['', '', ''],
      ['1A', 1, 'Cô Mai'],
    ], merges: [{ row: 1, column: 1, numRows: 2, numColumns: 1 }] });
    expect([...list.byKey.keys()]).toEqual(['1A']);
    expect(list.problems).toEqual([]);
  });
});
