// Every problem the Danh sách reader reports, word for word, as Kiểm tra shows it: the cell to fix,
// the severity, and a message that names the column, the label, the student and what to write
// instead (PRODUCT 3.1). One row per message and per variant of it (with or without a name, …).
import type { MergedRange, SheetGrid } from '../../src/core/model';
import { run } from '../helpers/grid';

const POINTS = 'Đầu năm, Giữa học kì I, Cuối học kì I, Giữa học kì II, Cuối năm';
const SUBJECT_SCALE = 'T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành) hoặc dấu x';
const tab = (values: unknown[][], merges?: MergedRange[]): SheetGrid => ({ name: 'Danh sách', values, merges });
const F = ['Họ và tên', 'Lớp', 'GV hỗ trợ']; // A B C, review columns from D

/** [case, tab, the problem as `severity code@cell`, its message, other problems of the row] */
type Row = [string, SheetGrid, string, string, string[]?];

const CASES: Row[] = [
  ['no header in the first ten rows', tab([['Danh sách học sinh'], ['An', '1A']]),
    'error HEADER_NOT_FOUND@A1:Z2',
    'Không tìm thấy dòng tiêu đề trong 10 dòng đầu của trang "Danh sách". Cần ít nhất hai cột "Họ và tên" (hoặc "Họ đệm" và "Tên") và "Lớp".'],
  ['a header without Lớp', tab([['STT', 'Họ và tên', 'GKI - Toán'], [1, 'An', 'C']]),
    'error HEADER_NO_CLASS@A1:Z2',
    'Trang "Danh sách" có cột họ tên nhưng thiếu cột "Lớp" trong 10 dòng đầu. Thêm cột có tiêu đề "Lớp" cạnh cột họ tên.'],
  ['a header without review columns', tab([[...F], ['An', '1A', 'Cô Lan']]),
    'warning HEADER_NO_REVIEW@A1',
    'Chưa có cột đánh giá nào (ví dụ "GKI - Toán", hoặc ô gộp "Giữa học kì I" trên các cột Toán, Tiếng Việt, Năng lực, Phẩm chất). Thêm các cột đánh giá để có số liệu tổng hợp.'],
  ['a review column twice, in a two-row header', tab([[...F, 'Giữa HKI', '', ''], ['', '', '', 'Toán', 'TV', 'Toán học'], ['An', '1A', 'Cô Lan', 'C', '', 'H']]),
    'warning HEADER_DUPLICATE@F2',
    'Cột "Toán" của mốc Giữa học kì I lặp lại (đã có ở cột D). Chỉ cột đầu được tính; xóa hoặc đổi tên cột này.'],
  ['no name', tab([[...F, 'GKI - Toán'], ['', '1A', 'Cô Lan', 'C']]),
    'error NAME_MISSING@A2',
    'Dòng này thiếu họ tên học sinh. Điền họ và tên, hoặc xóa dòng nếu không dùng.'],
  ['no class', tab([[...F, 'GKI - Toán'], ['Nguyễn Văn An', '', 'Cô Lan', 'C']]),
    'error CLASS_MISSING@B2',
    'Học sinh Nguyễn Văn An chưa có lớp. Ghi tên lớp, ví dụ 3A.'],
  ['no class and no name', tab([[...F, 'GKI - Toán'], ['', '', 'Cô Lan', 'C']]),
    'error CLASS_MISSING@B2',
    'Học sinh ở dòng này chưa có lớp. Ghi tên lớp, ví dụ 3A.', ['error NAME_MISSING@A2']],
  ['a class of no khối', tab([[...F, 'GKI - Toán'], ['Nguyễn Văn An', 'Mầm', 'Cô Lan', 'C']]),
    'error GRADE_UNKNOWN@B2',
    'Không biết lớp "Mầm" thuộc khối nào. Ghi lớp bắt đầu bằng số khối (ví dụ 3A), hoặc khai báo lớp này với cột Khối trong trang "Lớp".'],
  ['a birth date nobody can read', tab([[...F, 'Ngày sinh', 'GKI - Toán'], ['Nguyễn Văn An', '1A', 'Cô Lan', '31/02/2018', 'C']]),
    'warning BIRTH_DATE_INVALID@D2',
    'Ngày sinh "31/02/2018" không đọc được. Ghi theo dạng ngày/tháng/năm, ví dụ 05/09/2018.'],
  ['a value that is no rating', tab([[...F, 'GKI - Toán'], ['Nguyễn Văn An', '1A', 'Cô Lan', 'K']]),
    'error RATING_INVALID@D2',
    `Ô Toán (Giữa học kì I) của Nguyễn Văn An ghi "K", không phải một mức đánh giá. Dùng ${SUBJECT_SCALE}; để trống nếu chưa đánh giá.`],
  ['a value that is no rating, on a row without a name', tab([[...F, 'Cuối năm - Phẩm chất'], ['', '1A', 'Cô Lan', 'H']]),
    'error RATING_INVALID@D2',
    'Ô Phẩm chất (Cuối năm) ghi "H", không phải một mức đánh giá. Dùng T (Tốt), Đ (Đạt), C (Cần cố gắng) hoặc dấu x; để trống nếu chưa đánh giá.',
    ['error NAME_MISSING@A2']],

  // Columns holding ratings the reader cannot place (COLUMN_UNPLACED), one per branch.
  ['an area under a group that names no review point (merged)',
    tab([[...F, 'GKI', '', 'Đợt 1', ''], ['', '', '', 'Toán', 'TV', 'Toán', 'TV'], ['An', '1A', 'Cô Lan', 'H', 'H', 'C', 'H']],
      [{ row: 1, column: 4, numRows: 1, numColumns: 2 }, { row: 1, column: 6, numRows: 1, numColumns: 2 }]),
    'error COLUMN_UNPLACED@F1',
    `Các cột dưới tiêu đề "Đợt 1" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Đổi tiêu đề thành tên một mốc: ${POINTS}.`],
  ['an area under a group that names no review point (not merged: each column at its own cell)',
    tab([[...F, 'GKI', '', 'Đợt 1', 'Đợt 1'], ['', '', '', 'Toán', 'TV', 'Toán', 'TV'], ['An', '1A', 'Cô Lan', 'H', 'H', 'C', '']]),
    'error COLUMN_UNPLACED@F1',
    `Các cột dưới tiêu đề "Đợt 1" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Đổi tiêu đề thành tên một mốc: ${POINTS}.`],
  ['an area alone in a one-row header', tab([[...F, 'GKI - Toán', ' Tiếng  Việt '], ['An', '1A', 'Cô Lan', 'H', 'C']]),
    'error COLUMN_UNPLACED@E1',
    'Cột E "Tiếng Việt" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Ghi tên mốc vào tiêu đề (ví dụ "GKI - Tiếng Việt"), hoặc ghi mốc ở ô gộp phía trên các cột môn.'],
  ['an area alone holding scores (numbers)', tab([[...F, 'GKI - Toán', 'Toán'], ['An', '1A', 'Cô Lan', 'H', 7], ['Bình', '1A', 'Cô Lan', 'H', 9]]),
    'error COLUMN_UNPLACED@E1',
    'Cột E "Toán" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Ghi tên mốc vào tiêu đề (ví dụ "GKI - Toán"), hoặc ghi mốc ở ô gộp phía trên các cột môn.'],
  ['a review point over a label that is no area', tab([[...F, 'Giữa HKI', ''], ['', '', '', 'Toán', 'Môn chính'], ['An', '1A', 'Cô Lan', 'H', 'C']],
    [{ row: 1, column: 4, numRows: 1, numColumns: 2 }]),
    'error COLUMN_UNPLACED@E2',
    'Cột E thuộc mốc Giữa học kì I nhưng tiêu đề "Môn chính" không phải tên môn hay nội dung đánh giá, nên chưa được tính. Đổi thành Toán, Tiếng Việt, Năng lực, Phẩm chất hoặc tên một môn học.'],
  ['a review point alone in a one-row header', tab([[...F, 'GKI - Toán', 'Cuối HKI'], ['An', '1A', 'Cô Lan', 'H', 'C']]),
    'error COLUMN_UNPLACED@E1',
    'Cột E thuộc mốc Cuối học kì I nhưng thiếu tên môn, nên chưa được tính. Ghi tên môn (Toán, Tiếng Việt, Năng lực, Phẩm chất …) vào ô tiêu đề.'],
  ['a label that names neither', tab([[...F, 'GKI - Toán', 'Kết quả'], ['An', '1A', 'Cô Lan', 'H', 'C']]),
    'error COLUMN_UNPLACED@E1',
    'Cột E có kết quả đánh giá nhưng tiêu đề "Kết quả" không rõ là môn nào của mốc nào, nên chưa được tính. Đổi tiêu đề thành, ví dụ, "GKI - Toán" (mốc - môn), hoặc ghi mốc ở ô gộp phía trên và tên môn ở ô dưới.'],
  ['ratings under no header', tab([[...F, 'GKI - Toán', ''], ['An', '1A', 'Cô Lan', 'H', 'HT']]),
    'error COLUMN_UNPLACED@E1',
    'Cột E có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này.'],
  ['marks under no header: a warning that may be ignored', tab([[...F, 'GKI - Toán', ''], ['An', '1A', 'Cô Lan', 'H', 'x']]),
    'warning COLUMN_UNPLACED@E1',
    'Cột E có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này. '
      + 'Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.'],
  ['ticked checkboxes under no header: marks too, a warning that may be ignored', tab([[...F, 'GKI - Toán', ''], ['An', '1A', 'Cô Lan', 'H', true], ['Bình', '1A', 'Cô Lan', 'H', '']]),
    'warning COLUMN_UNPLACED@E1',
    'Cột E có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này. '
      + 'Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.'],
  ['marks under a label that names neither: a warning that may be ignored', tab([[...F, 'GKI - Toán', 'Đã họp PH'], ['An', '1A', 'Cô Lan', 'H', '✓']]),
    'warning COLUMN_UNPLACED@E1',
    'Cột E có kết quả đánh giá nhưng tiêu đề "Đã họp PH" không rõ là môn nào của mốc nào, nên chưa được tính. Đổi tiêu đề thành, ví dụ, "GKI - Toán" (mốc - môn), hoặc ghi mốc ở ô gộp phía trên và tên môn ở ô dưới. '
      + 'Nếu cột này không phải kết quả đánh giá, có thể bỏ qua cảnh báo này.'],
];

describe('every message of the Danh sách reader', () => {
  it.each(CASES)('%s', (_name, grid, where, message, others = []) => {
    const a = run([grid]);
    const reported = a.problems.filter((p) => p.code !== 'SUPPORTER_MISSING');
    expect(reported.map((p) => `${p.severity} ${p.code}@${p.cell}`).sort()).toEqual([where, ...others].sort());
    expect(reported.find((p) => `${p.severity} ${p.code}@${p.cell}` === where)?.message).toBe(message);
  });

  it('names nothing that is not there: a column of unticked checkboxes under no header holds no rating', () => {
    const a = run([tab([[...F, 'GKI - Toán', ''], ['An', '1A', 'Cô Lan', 'H', false], ['Bình', '1A', 'Cô Lan', 'T', false]])]);
    expect(a.problems.map((p) => `${p.code}@${p.cell}`)).toEqual([]);
  });

  it('names nothing that is not there: numbers under a label that names nothing are no ratings', () => {
    const a = run([tab([[...F, 'GKI - Toán', 'Số buổi'], ['An', '1A', 'Cô Lan', 'H', 3]])]);
    expect(a.problems).toEqual([]);
  });
});
