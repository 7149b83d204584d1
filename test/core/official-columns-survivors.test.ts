// Narrow checks of what the official tab's columns make of it (src/core/read/official/columns.ts):
// a "môn" inside a head is no prefix, and a vnEdu-shaped column that is not read still makes the tab
// an official one, so a title without its review point is said rather than the tab left unseen.
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import type { Problem, SheetGrid } from '../../src/core/model';
import { readOfficialTab } from '../../src/core/read/official';
import { matchSubject } from '../../src/core/read/official/columns';

const codes = (problems: readonly Problem[] | undefined) => (problems ?? []).map((p) => `${p.code}@${p.cell}`);

describe('matchSubject: "môn" is dropped only as the head\'s first word', () => {
  it('a head ending in "môn" that names no subject takes the bracket\'s subject', () => {
    // "Kết quả học tập" alone is the Học tập result; "Kết quả học tập môn" is not, so the bracket names the subject.
    expect(matchSubject('Kết quả học tập môn (Tin học)')).toBe('Tin học');
    expect(matchSubject('Học lực môn (Toán)')).toBe('Toán');
  });
});

describe('readOfficialTab: a tab recognised by a vnEdu-shaped column it does not read', () => {
  it('a secondary subject over an unclear sub-header: the tab is read and its missing review point said', () => {
    const grid: SheetGrid = { name: '6a', values: [['Lớp 6A'], ['Năm học 2025-2026'],
      ['STT', 'Họ và tên', 'Toán', 'Ngữ văn'], ['', '', '', 'ĐĐGtx'], [1, 'Nguyễn Văn An', 6, 7]],
    merges: [1, 2, 3].map((c) => ({ row: 3, column: c, numRows: 2, numColumns: 1 })) };
    const tab = readOfficialTab(grid, WALL_CLOCK_OFFSET);
    expect(tab?.className).toBe('6A');
    expect(codes(tab?.problems)).toEqual(['OFFICIAL_COLUMN_UNKNOWN@D4', 'OFFICIAL_NO_REVIEW_POINT@A1']);
  });

  it('a Buổi nghỉ group missing its P | K | Tổng row: the tab is read and both the group and the missing point said', () => {
    const grid: SheetGrid = { name: '4a', values: [['Lớp 4A'], ['Năm học 2025-2026'],
      ['STT', 'Họ và tên', 'Toán', 'Buổi nghỉ', ''], [1, 'Nguyễn Văn An', 'H', 2, 1]],
    merges: [{ row: 3, column: 4, numRows: 1, numColumns: 2 }] };
    const tab = readOfficialTab(grid, WALL_CLOCK_OFFSET);
    expect(tab?.className).toBe('4A');
    expect(tab?.students.map((s) => s.name)).toEqual(['Nguyễn Văn An']);
    expect(codes(tab?.problems)).toEqual(['OFFICIAL_NO_REVIEW_POINT@A1', 'ABSENCE_LABEL_UNCLEAR@D3']);
  });
});

describe('a subject heading with numbering or a colon before "Môn"', () => {
  it('"Môn: Công nghệ (NN)", "- Môn Công nghệ (NN)", "1. Môn Công nghệ (NN)" are Công nghệ (Nông nghiệp), never Ngoại ngữ', () => {
    for (const label of ['Môn: Công nghệ (NN)', '- Môn Công nghệ (NN)', '1. Môn Công nghệ (NN)']) expect(matchSubject(label)).toBe('Công nghệ');
  });

  it('"Môn" must be a whole word: "Mônx Toán" is not read as Toán', () => {
    expect(matchSubject('MÔN: TOÁN')).toBe('Toán');
    expect(matchSubject('Mônx Toán')).toBeUndefined();
  });
});
