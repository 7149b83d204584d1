// Đỡ đầu prints only its annex (PRODUCT 3.8): a row's height comes from its printed cells, never from
// the needs written beside them for the screen, however long (a long needs text made its printed row
// taller than its neighbours, with nothing in it to show why).
import { mentorsLayout } from '../../src/core/layout/mentors';
import type { SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const AREAS = ['Toán', 'Tiếng Việt', 'Khoa học', 'Lịch sử và Địa lí', 'Tin học và Công nghệ', 'Ngoại ngữ', 'Năng lực', 'Phẩm chất'];
const HEADER = ['TT', 'Họ và tên', 'Lớp', 'Hoàn cảnh gia đình, bản thân', 'Sự rèn luyện của bản thân', 'GV nhận đỡ đầu',
  ...AREAS.map((a) => `CKI - ${a}`)];
const config: SheetGrid = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const EVERY_NEED = AREAS.map(() => 'C');
// Toán and Tiếng Việt only: H in the other subjects, Đ in Năng lực and Phẩm chất (their scale).
const FEW_NEEDS = ['C', 'C', 'H', 'H', 'H', 'H', 'Đ', 'Đ'];

/** Đỡ đầu of two students at risk (an orphan often absent), and each one's row and its height. */
function annexOf(first: unknown[], second: unknown[]) {
  const rows = [[1, 'Lê Văn An', '4A', ...first], [2, 'Vũ Thị Dung', '4A', ...second]];
  const layout = mentorsLayout(run([config, { name: 'Danh sách', values: [HEADER, ...rows] }], '2026-01-10'));
  const at = (name: string) => layout.rows.findIndex((r) => r[1] === name);
  return {
    row: (name: string) => layout.rows[at(name)],
    height: (name: string) => (layout.rowHeights as number[])[at(name)],
  };
}

describe('Đỡ đầu\'s row heights', () => {
  it('a student with every need is as tall as one with two needs, their printed cells alike', () => {
    const annex = annexOf(['Mồ côi', 'Hay nghỉ học', 'Nguyễn Thị Lan', ...EVERY_NEED], ['Mồ côi', 'Hay nghỉ học', 'Nguyễn Thị Lan', ...FEW_NEEDS]);
    // The needs beside the annex run past their column's width on one line...
    expect(String(annex.row('Lê Văn An')[6]).length).toBeGreaterThan(150);
    // ...and still the row prints one line tall, as its neighbour does.
    expect(annex.height('Lê Văn An')).toBe(annex.height('Vũ Thị Dung'));
  });

  it('a printed cell that wraps still makes its row taller', () => {
    const annex = annexOf(
      ['Mồ côi cha, mẹ đi làm ăn xa, em ở với bà ngoại đã già yếu, nhà cách trường hơn mười cây số', 'Hay nghỉ học', 'Nguyễn Thị Lan', ...FEW_NEEDS],
      ['Mồ côi', 'Hay nghỉ học', 'Nguyễn Thị Lan', ...FEW_NEEDS]);
    expect(annex.height('Lê Văn An')).toBeGreaterThan(annex.height('Vũ Thị Dung'));
  });
});
