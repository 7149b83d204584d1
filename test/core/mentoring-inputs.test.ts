// Which Nhật ký row is about which student when the roster cannot be read, or a row has no class
// (PRODUCT 3.8: Mã HS, else name and class).
import { buildReport } from '../../src/core/report';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
const roster = (name: string) => ({ name, values: [
  ['TT', 'Họ và tên', 'Lớp', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt'],
  [1, 'Lê Văn An', '4A', 'cô Lan', 'C', 'H'],
  [2, 'Phạm Thị Bình', '4A', 'cô Lan', 'C', 'H'],
  [3, 'Phạm Thị Bình', '4B', 'cô Lan', 'C', 'H'],
] });
const LOG = { name: 'Nhật ký', values: [
  ['Dấu thời gian', 'Học sinh', 'Lớp', 'GV', 'Nội dung hỗ trợ'],
  ['03/11/2025', 'Lê Văn An', '4A', 'cô Lan', 'Kèm Toán'],
  ['04/11/2025', 'Lê Văn An', '', 'cô Lan', 'Kèm Toán'],
  ['05/11/2025', 'Phạm Thị Bình', '', 'cô Lan', 'Kèm Toán'],
] };

describe('Nhật ký with the roster withheld', () => {
  it('two tabs named alike: no log row is matched and none is a problem of its own', () => {
    const report = buildReport(run([CONFIG, roster('Danh sách'), roster('DANH SACH'), LOG], '2025-11-26'));
    expect(report.problems.map((p) => p.code)).toEqual(['TAB_NAME_CONFLICT', 'TAB_NAME_CONFLICT']);
    expect(report.log).toMatchObject({ entries: 3, matched: 0 });
  });
});

describe('a Nhật ký row without a class', () => {
  it('is matched by a unique name with a warning at the class cell; two students of that name: not matched', () => {
    const report = buildReport(run([CONFIG, roster('Danh sách'), LOG], '2025-11-26'));
    expect(report.log).toMatchObject({ entries: 3, matched: 2 });
    const log = report.problems.filter((p) => p.code.startsWith('LOG_'));
    expect(log.map((p) => `${p.cell} ${p.severity} ${p.code}`)).toEqual(['C3 warning LOG_CLASS_MISSING', 'C4 warning LOG_STUDENT_AMBIGUOUS']);
    expect(log[0].message).toContain('Ghi lớp');
    expect(log[0].message).toContain('Lê Văn An');
  });
});
