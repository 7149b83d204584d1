// The report's area columns (analyse): the Danh sách's own columns; with official results, also
// Toán, Tiếng Việt, Năng lực, Phẩm chất and every subject a counted student needs, in report order.
// Input tabs by name are never read as official results.

import { ORDER_2025, vneduSheet, type VneduStudent } from '../../local/vnedu-export';
import { run } from '../helpers/grid';

const classTab = (sheet: string, students: VneduStudent[]) =>
  vneduSheet({ sheet, className: '2A', point: 'CKI', year: 2025, subjects: ORDER_2025, students }).grid;

describe('the report\'s area columns', () => {
  it('official results alone: the four core areas, then the subjects someone needs, in report order', () => {
    const a = run([classTab('2a', [
      { id: 1, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { 'Âm nhạc': 'C' } },
      { id: 2, name: 'Lê Thị Bình', birth: '02/03/2018', ratings: { 'Tiếng Anh': 'C' } },
      { id: 3, name: 'Mai Hồng Nhi', birth: '08/12/2018' },
    ])], '2026-01-20');
    expect(a.reviewPoints).toEqual(['CKI']);
    expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngoại ngữ', 'Âm nhạc']);
    expect(a.totals.CKI?.total).toMatchObject({ students: 3, needSupport: 2 });
    expect(a.totals.CKI?.total.byArea).toEqual({ Toán: 0, 'Tiếng Việt': 0, 'Năng lực': 0, 'Phẩm chất': 0, 'Ngoại ngữ': 1, 'Âm nhạc': 1 });
  });

  it('subjects it does not know follow every known one, in the order of their names whatever order the tabs give', () => {
    const unknown = ['Kĩ năng sống', 'Lập trình', 'Bơi lội'];
    const a = run([vneduSheet({ sheet: '2a', className: '2A', point: 'CKI', year: 2025, subjects: [...ORDER_2025, ...unknown.map((name) => ({ name }))],
      students: unknown.map((subject, i) => ({ id: i + 1, name: `Học Sinh ${i + 1}`, birth: '05/01/2018', ratings: { [subject]: 'C', 'Tiếng Anh': i === 0 ? 'C' : 'H' } })),
    }).grid], '2026-01-20');
    expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất', 'Ngoại ngữ', 'Bơi lội', 'Kĩ năng sống', 'Lập trình']);
  });

  it('no official results: only the Danh sách\'s own columns, as it orders them by report order', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Khoa học', 'GKI - TV'], ['An', '4A', 'C', 'H']] }], '2025-11-20');
    expect(a.areas).toEqual(['Tiếng Việt', 'Khoa học']);
  });

  it('a vnEdu-shaped tab named as an input tab is read as that input, never also as official results', () => {
    const grid = classTab('Danh sách 2a', [{ id: 1, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }]);
    const a = run([grid], '2026-01-20');
    expect(a.official.tabs).toEqual([]);
    const asOfficial = run([{ ...grid, name: '2a' }], '2026-01-20');
    expect(asOfficial.official.tabs.map((t) => t.tab.sheet)).toEqual(['2a']);
    expect(asOfficial.totals.CKI?.total.needSupport).toBe(1);
  });

  it('a generated tab (Tổng hợp, Theo dõi …) is never read as official results', () => {
    for (const name of ['Tổng hợp', 'Theo dõi', 'theo doi', 'Kiểm tra', 'Lịch tháng']) {
      const a = run([classTab(name, [{ id: 1, name: 'Nguyễn Văn An', birth: '05/01/2018', ratings: { Toán: 'C' } }])], '2026-01-20');
      expect(a.official.tabs).toEqual([]);
      expect(a.reviewPoints).toEqual([]);
    }
  });
});
