// Theo dõi and Kiểm tra, cell by cell, for the hand-worked school of test/helpers/pinned-school.ts.
// Roster rows: An 3, Bình 4, Chi 5, Hà 6, Dũng 7, Em 8, Giang 9 (two header rows). Columns: STT A,
// Họ và tên B, Ngày sinh C, Lớp D, HSKT E, GV hỗ trợ F, then ĐN G–J, GKI K–N, CKI O–R.
//
// Flags, worked out by hand (each point against the student's last rated point):
//   CKI: An still needs Toán, new NL · Bình improved · Chi still needs TV · Hà not rated (needed TV at GKI)
//        · Dũng new Toán, PC · Em no GV hỗ trợ, still needs Toán, new TV · Giang new Toán
//   GKI: An still needs Toán · Bình new TV, no GV hỗ trợ · Chi new in all four · Hà new TV · Dũng improved
//        · Em new Toán, no GV hỗ trợ
//   ĐN:  An new Toán, TV · Bình new NL, no GV hỗ trợ · Dũng new Toán

import { checkLayout, trackingLayout, type LayoutCell, type TabLayout } from '../../src/core/layout';
import { classGrid, rosterGrid, run } from '../helpers/grid';
import { CLASSES, CONFIG, STUDENTS } from '../helpers/pinned-school';

const analysis = () => run([rosterGrid(STUDENTS, { points: ['DN', 'GKI', 'CKI'] }), CLASSES, CONFIG], '2026-01-20');
const row = (n: number) => ({ text: `Dòng ${n}`, sheet: 'Danh sách', cell: `A${n}` });
/** At the newest point a state that asks for a fix (a GV hỗ trợ, a rating) is a link to the student's row (issue 20). */
const fix = (n: number, state: string) => ({ ...row(n), text: state });
const HEADER = ['Khối', 'Lớp', 'Họ và tên', 'Cần hỗ trợ', 'Tình trạng', 'GV hỗ trợ', 'GVCN', 'Xem ô'];

describe('Theo dõi, cell by cell', () => {
  // Built in each test, not once for the describe: Stryker's per-test coverage sees only what a test runs.
  let layout: TabLayout;
  beforeEach(() => { layout = trackingLayout(analysis()); });
  const rows = (from: number, to: number): LayoutCell[][] => layout.rows.slice(from - 1, to);

  it('the newest review point first, students by khối, class and given name', () => {
    expect(rows(1, 14)).toEqual([
      ['THEO DÕI HỌC SINH CẦN HỖ TRỢ THEO MỐC ĐÁNH GIÁ'],
      ['Mỗi mốc so với mốc trước đó mà em đã được đánh giá. Mốc mới nhất ở trên cùng; bấm vào tình trạng cần sửa để đến ô đó.'],
      [],
      ['CUỐI HỌC KÌ I: 5 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 3 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 1'],
      HEADER,
      ['1', '1A', 'Trần Văn An', 'Toán, Năng lực', 'Chưa tiến bộ; Cần hỗ trợ mới', 'Cô Lan', 'Cô Mai', row(3).text],
      ['1', '1A', 'Lê Thị Bình', '', 'Đã tiến bộ', '', 'Cô Mai', row(4).text],
      ['1', '1B', 'Phạm Minh Chi', 'Tiếng Việt', 'Chưa tiến bộ', 'Thầy Nam', 'Cô Đào', row(5).text],
      ['1', '1B', 'Võ Thu Hà', '(GHKI: Tiếng Việt)', fix(6, 'Chưa được đánh giá'), 'Cô Lan', 'Cô Đào', row(6).text],
      ['2', '2A', 'Đỗ Văn Dũng', 'Toán, Phẩm chất', 'Cần hỗ trợ mới', 'Cô Hoa', 'Thầy Bảo', row(7).text],
      ['2', '2A', 'Ngô Thị Em', 'Toán, Tiếng Việt', fix(8, 'Chưa có GV hỗ trợ; Chưa tiến bộ; Cần hỗ trợ mới'), '', 'Thầy Bảo', row(8).text],
      ['2', '2A', 'Bùi Văn Giang', 'Toán', 'Cần hỗ trợ mới', 'Cô Hoa', 'Thầy Bảo', row(9).text],
      [],
    ]);
  });

  // Older points show where the rating was read, without a link (issue 20: links only where a reader follows them).
  it('Giữa học kì I, then Đầu năm', () => {
    expect(rows(15, 31)).toEqual([
      ['GIỮA HỌC KÌ I: 5 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 1 · Cần hỗ trợ mới: 4 · Đã tiến bộ: 1 · Chưa có GV hỗ trợ: 2 · Chưa được đánh giá: 0'],
      HEADER,
      ['1', '1A', 'Trần Văn An', 'Toán', 'Chưa tiến bộ', 'Cô Lan', 'Cô Mai', row(3).text],
      ['1', '1A', 'Lê Thị Bình', 'Tiếng Việt', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới', '', 'Cô Mai', row(4).text],
      ['1', '1B', 'Phạm Minh Chi', 'Toán, Tiếng Việt, Năng lực, Phẩm chất', 'Cần hỗ trợ mới', 'Thầy Nam', 'Cô Đào', row(5).text],
      ['1', '1B', 'Võ Thu Hà', 'Tiếng Việt', 'Cần hỗ trợ mới', 'Cô Lan', 'Cô Đào', row(6).text],
      ['2', '2A', 'Đỗ Văn Dũng', '', 'Đã tiến bộ', 'Cô Hoa', 'Thầy Bảo', row(7).text],
      ['2', '2A', 'Ngô Thị Em', 'Toán', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới', '', 'Thầy Bảo', row(8).text],
      [],
      ['ĐẦU NĂM: 3 học sinh cần hỗ trợ'],
      ['Chưa tiến bộ: 0 · Cần hỗ trợ mới: 3 · Đã tiến bộ: 0 · Chưa có GV hỗ trợ: 1 · Chưa được đánh giá: 0'],
      HEADER,
      ['1', '1A', 'Trần Văn An', 'Toán, Tiếng Việt', 'Cần hỗ trợ mới', 'Cô Lan', 'Cô Mai', row(3).text],
      ['1', '1A', 'Lê Thị Bình', 'Năng lực', 'Chưa có GV hỗ trợ; Cần hỗ trợ mới', '', 'Cô Mai', row(4).text],
      ['2', '2A', 'Đỗ Văn Dũng', 'Toán', 'Cần hỗ trợ mới', 'Cô Hoa', 'Thầy Bảo', row(7).text],
      [],
    ]);
    expect(layout.rows).toHaveLength(31);
  });

  it('look: sections filled, headers bold and bordered, nothing merged, nothing frozen', () => {
    expect(layout.styles.title).toEqual(['A1:H1']);
    expect(layout.styles.italic).toEqual(['A2:H2', 'A5:H5', 'A16:H16', 'A26:H26']);
    expect(layout.styles.sectionFill).toEqual(['A4:H4', 'A15:H15', 'A25:H25']);
    expect(layout.styles.bold).toEqual(['A4:H4', 'A6:H6', 'A15:H15', 'A17:H17', 'A25:H25', 'A27:H27']);
    expect(layout.styles.border).toEqual(['A6:H13', 'A17:H23', 'A27:H30']);
    // For A4 landscape: 960 px, so 10 pt prints at 9 pt or more.
    expect(layout.columnWidths).toEqual([40, 50, 170, 150, 180, 140, 140, 90]);
    expect([layout.width, layout.frozenRows, layout.merges, layout.printable, layout.name]).toEqual([8, 0, [], false, 'Theo dõi']);
  });

  it('at Cuối năm: the summer list first, with HSKT and every student still needing support', () => {
    const a = run([rosterGrid([
      { name: 'Lê Văn Tám', className: '3A', supporter: 'Cô Lan', disability: true, ratings: { CN: { Toán: 'C', 'Tiếng Việt': 'C' } } },
      { name: 'Hồ Thị Ba', className: '2B', supporter: '', ratings: { CN: { 'Năng lực': 'C' } } },
      { name: 'Mai Văn Tư', className: '2B', supporter: 'Cô Lan', ratings: { CN: { Toán: 'H' } } },
      { name: 'Lý Văn Năm', className: '2B', supporter: 'Cô Lan', ratings: { CN: { Toán: 'Z' } } },
    ], { points: ['CN'] })], '2026-06-01');
    const layout = trackingLayout(a);
    expect(layout.rows.slice(3, 8)).toEqual([
      ['DANH SÁCH HỌC SINH CẦN HỖ TRỢ TRONG HÈ: 2 học sinh'],
      ['Khối', 'Lớp', 'Họ và tên', 'Cần hỗ trợ', 'HSKT', 'GV hỗ trợ', 'GVCN', 'Xem ô'],
      ['2', '2B', 'Hồ Thị Ba', 'Năng lực', '', '', '', row(4)],
      ['3', '3A', 'Lê Văn Tám', 'Toán, Tiếng Việt', 'x', 'Cô Lan', '', row(3)],
      [],
    ]);
    expect(layout.rows[8]).toEqual(['CUỐI NĂM: 2 học sinh cần hỗ trợ']);
    expect(layout.styles.sectionFill?.[0]).toBe('A4:H4');
    expect(layout.styles.border?.[0]).toBe('A5:H7');
  });

  it('no flag at all: one line says so', () => {
    const layout = trackingLayout(run([rosterGrid([{ name: 'An', className: '1A', ratings: { GKI: { Toán: 'H' } } }], { points: ['GKI'] })]));
    expect(layout.rows.slice(3)).toEqual([['Chưa có học sinh nào cần theo dõi: chưa có mốc đánh giá nào ghi học sinh cần hỗ trợ.']]);
    expect(layout.styles.bold).toEqual(['A4:H4']);
  });
});

describe('Kiểm tra, cell by cell', () => {
  it('the counts line, the hint, and each problem under its class with a link to its cell', () => {
    const layout = checkLayout(analysis());
    const link = (cell: string) => ({ text: cell, sheet: 'Danh sách', cell });
    expect(layout.rows).toEqual([
      ['KIỂM TRA DANH SÁCH HỌC SINH CẦN HỖ TRỢ'],
      ['Đã đọc 7 dòng học sinh: 7 dòng được tính, 0 dòng bị loại vì có lỗi. 0 lỗi, 2 cảnh báo. Kiểm tra ngày 20/01/2026.'],
      ['Bấm vào ô ở cột "Ô" để đến chỗ cần sửa. Dòng có lỗi không được tính vào Tổng hợp; cảnh báo vẫn được tính.'],
      [],
      ['Lớp', 'Trang', 'Ô', 'Mức', 'Mã', 'Nội dung và cách sửa'],
      ['Lớp 1B'],
      ['1B', 'Danh sách', link('P6'), 'Cảnh báo', 'NOT_RATED',
        'Võ Thu Hà (1B) cần hỗ trợ Tiếng Việt ở mốc Giữa học kì I nhưng chưa được đánh giá Cuối học kì I. Nhập kết quả Cuối học kì I cho em.'],
      ['Lớp 2A'],
      ['2A', 'Danh sách', link('F8'), 'Cảnh báo', 'SUPPORTER_MISSING',
        'Ngô Thị Em (2A) cần hỗ trợ Toán, Tiếng Việt (Cuối học kì I) nhưng chưa có GV hỗ trợ. Ghi tên giáo viên vào cột GV hỗ trợ.'],
    ]);
    expect(layout.styles).toEqual({
      title: ['A1:F1'], bold: ['A2:F2', 'A6:F6', 'A8:F8', 'A5:F5'], italic: ['A3:F3'], small: ['A3:F3'],
      sectionFill: ['A6:F6', 'A8:F8'], warningText: ['D7', 'D9'],
      headerFill: ['A5:F5'], center: ['A5:F5'], middle: ['A5:F5'], wrap: ['A5:F5', 'F6:F9'], border: ['A5:F9'],
    });
    expect([layout.frozenRows, layout.columnWidths, layout.name, layout.printable]).toEqual([5, [70, 90, 60, 80, 190, 500], 'Kiểm tra', false]);
  });

  it('errors first, in red; whole-tab problems under "Chung" before the classes; excluded rows counted', () => {
    const a = run([
      { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'], ['An', '1A', 'Cô Lan', 'C'], ['Bình', '', 'Cô Lan', 'C'], ['Chi', '2A', 'Cô Lan', 'Q']] },
      { name: 'Cấu hình', values: [['Năm học', 'năm nay']] },
    ], '2025-11-20');
    const layout = checkLayout(a);
    const lines = layout.rows.map((r) => r.map((c) => (c && typeof c === 'object' ? `<${c.cell}>` : c ?? '')).join('|'));
    expect(lines.slice(1, 2)).toEqual(['Đã đọc 3 dòng học sinh: 1 dòng được tính, 2 dòng bị loại vì có lỗi. 2 lỗi, 1 cảnh báo. Kiểm tra ngày 20/11/2025.']);
    expect(lines.slice(4)).toEqual([
      'Lớp|Trang|Ô|Mức|Mã|Nội dung và cách sửa',
      'Chung (cả trang hoặc dòng chưa có lớp)',
      `|Danh sách|<B3>|Lỗi|CLASS_MISSING|${a.problems.find((p) => p.code === 'CLASS_MISSING')?.message}`,
      `|Cấu hình|<B1>|Cảnh báo|CONFIG_VALUE_INVALID|${a.problems.find((p) => p.code === 'CONFIG_VALUE_INVALID')?.message}`,
      'Lớp 2A',
      `2A|Danh sách|<D4>|Lỗi|RATING_INVALID|${a.problems.find((p) => p.code === 'RATING_INVALID')?.message}`,
    ]);
    expect(layout.styles.errorText).toEqual(['D7', 'D10']);
    expect(layout.styles.warningText).toEqual(['D8']);
  });
});

describe('Theo dõi, order and GVCN', () => {
  it('class 3A before 3A1 whatever the names; a class missing from the Lớp tab has no GVCN', () => {
    const a = run([rosterGrid([
      { name: 'Nguyễn An', className: '3A1', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
      { name: 'Lê Bình', className: '3A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C' } } },
    ], { points: ['GKI'] }), classGrid([['3A', 3, 'Cô Mai', 30]])], '2025-11-20');
    const students = trackingLayout(a).rows.filter((r) => r[0] === '3').map((r) => r.slice(0, 7));
    expect(students).toEqual([
      ['3', '3A', 'Lê Bình', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan', 'Cô Mai'],
      ['3', '3A1', 'Nguyễn An', 'Toán', 'Cần hỗ trợ mới', 'Cô Lan', ''],
    ]);
  });
});

it('Theo dõi: a student not rated after needing two areas shows both, with the point they were needed at', () => {
  const a = run([rosterGrid([
    { name: 'Trần Chi', className: '3A', supporter: 'Cô Lan', ratings: { GKI: { Toán: 'C', 'Tiếng Việt': 'C' } } },
  ], { points: ['GKI', 'CKI'] }), classGrid([['3A', 3, 'Cô Mai', 30]])], '2026-01-20');
  expect(trackingLayout(a).rows.filter((r) => r[2] === 'Trần Chi').map((r) => r.slice(0, 5))).toEqual([
    ['3', '3A', 'Trần Chi', '(GHKI: Toán, Tiếng Việt)', fix(3, 'Chưa được đánh giá')],
    ['3', '3A', 'Trần Chi', 'Toán, Tiếng Việt', 'Cần hỗ trợ mới'],
  ]);
});
