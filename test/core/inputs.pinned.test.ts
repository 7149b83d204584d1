// Which tab is which input (PRODUCT 2), tabs named alike never guessed between, and the order of
// the problems Kiểm tra lists (errors first, then by tab, row, column).

import { analyse } from '../../src/core/analyse';
import { inputKind, sortInputTabs } from '../../src/core/inputs';
import { classGrid, codes, run } from '../helpers/grid';
import { CLASS_2A, ORDER_2025, vneduSheet } from '../../local/vnedu-export';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';

describe('input tabs by name', () => {
  it.each([
    ['Danh sách', 'roster'], ['danh sach', 'roster'], ['DANH SÁCH', 'roster'], ['Danh sách'.normalize('NFD'), 'roster'], [' Danh  sách ', 'roster'],
    ['Danh sách khối 1', 'roster'], ['Danh sách 2A', 'roster'], ['Danh sách - lớp 3', 'roster'], ['Danh sách(2)', 'roster'],
    ['Danh sáchx', undefined], ['Danh sách2', undefined], ['Danh', undefined], ['DS', undefined],
    ['Lớp', 'classes'], ['lop', 'classes'], ['LỚP', 'classes'], ['Lớp 1A', undefined],
    ['Cấu hình', 'config'], ['cau hinh', 'config'], ['Kế hoạch', 'plan'], ['ke hoach', 'plan'], ['Chỉ tiêu', 'targets'], ['chi tieu', 'targets'],
    ['Tổng hợp', undefined], ['Kiểm tra', undefined], ['2a', undefined], ['', undefined],
  ])('%p is %p', (name, kind) => expect(inputKind(name)).toBe(kind));

  it('several Danh sách… tabs are one roster, in workbook order; other inputs one each', () => {
    const grid = (name: string) => ({ name, values: [] });
    const tabs = sortInputTabs([grid('Danh sách khối 2'), grid('Lớp'), grid('Sheet1'), grid('Danh sách khối 1'), grid('Cấu hình'), grid('Kế hoạch'), grid('Chỉ tiêu')]);
    expect(tabs.roster.map((s) => s.name)).toEqual(['Danh sách khối 2', 'Danh sách khối 1']);
    expect([tabs.classes?.name, tabs.config?.name, tabs.plan?.name, tabs.targets?.name]).toEqual(['Lớp', 'Cấu hình', 'Kế hoạch', 'Chỉ tiêu']);
    expect([tabs.problems, tabs.withheld]).toEqual([[], false]);
  });

  it('tabs that are no input may share a name up to case and accents: no conflict, nothing withheld', () => {
    const grid = (name: string) => ({ name, values: [] });
    const tabs = sortInputTabs([grid('Danh sách'), grid('Sheet1'), grid('sheet1'), grid('2a'), grid('2A'), grid('Ghi chú'), grid('Ghi chu')]);
    expect([tabs.roster.map((s) => s.name), tabs.problems, tabs.withheld]).toEqual([['Danh sách'], [], false]);
  });

  it.each([
    [['Danh sách', 'Danh sach'], true, ' và chưa tính số liệu', 'Danh sách'],
    [['Lớp', 'lop'], true, ' và chưa tính số liệu', 'Lớp'],
    [['Cấu hình', 'CẤU HÌNH'], false, '', 'Cấu hình'],
    [['Kế hoạch', 'Ke hoach'], false, '', 'Kế hoạch'],
  ])('two tabs %p: an error on each, neither read; totals withheld: %p', (names, withheld, totalsText, canonical) => {
    const tabs = sortInputTabs(names.map((name) => ({ name, values: [['x']] })));
    expect(tabs.withheld).toBe(withheld);
    expect([tabs.roster, tabs.classes, tabs.config, tabs.plan]).toEqual([[], undefined, undefined, undefined]);
    expect(tabs.problems).toEqual(names.map((name) => ({
      sheet: name, cell: 'A1', row: 1, column: 1, severity: 'error', code: 'TAB_NAME_CONFLICT',
      message: `Có 2 trang tên giống nhau khi bỏ dấu: "${names[0]}" và "${names[1]}". Phần mềm không đoán trang nào đúng nên chưa đọc trang nào${totalsText}. Xóa trang thừa, hoặc đổi tên trang lưu để tên không bắt đầu bằng "${canonical}" (ví dụ "Lưu - ${canonical} cũ").`,
    })));
  });

  it('a roster in doubt prints no totals at all', () => {
    const roster = (name: string) => ({ name, values: [['Họ và tên', 'Lớp', 'GKI - Toán'], ['An', '1A', 'C']] });
    const a = run([roster('Danh sách'), roster('DANH SACH')]);
    expect(a.reviewPoints).toEqual([]);
    expect(a.totals).toEqual({});
    expect(codes(a)).toEqual(['TAB_NAME_CONFLICT@A1', 'TAB_NAME_CONFLICT@A1']);
  });
});

describe('problems in Kiểm tra order', () => {
  it('errors before warnings, then by tab name, row and column', () => {
    const a = run([
      { name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'GKI - Toán', 'GKI - TV'], ['An', '1A', 'Z', 'Q'], ['Bình', '1A', 'C', 'H'], ['Chi', '', 'C', 'H']] },
      { name: 'Lớp', values: [['Lớp', 'Khối', 'GVCN', 'Sĩ số'], ['1A', 'x', '', 'nhiều'], ['1A', 1, '', 3]] },
      { name: 'Cấu hình', values: [['Năm học', 'x']] },
    ], '2025-11-20');
    expect(a.problems.map((p) => `${p.severity}:${p.sheet}!${p.cell}:${p.code}`)).toEqual([
      'error:Danh sách!C2:RATING_INVALID', 'error:Danh sách!D2:RATING_INVALID', 'error:Danh sách!B4:CLASS_MISSING', 'error:Lớp!B2:CLASS_LIST_GRADE_INVALID',
      'warning:Cấu hình!B1:CONFIG_VALUE_INVALID', 'warning:Danh sách!A3:SUPPORTER_MISSING', 'warning:Lớp!D2:CLASS_LIST_SIZE_INVALID', 'warning:Lớp!A3:CLASS_LIST_DUPLICATE',
    ]);
  });

  it('a run date that is not yyyy-mm-dd is refused', () => {
    expect(() => analyse({ sheets: [], today: '20/11/2025', timeZoneOffsetMinutes: WALL_CLOCK_OFFSET })).toThrow('Invalid run date: 20/11/2025');
  });
});

describe('a copy of an input tab is never read as something else', () => {
  it('a copy of the Danh sách holding a vnEdu export is reported unread, not read as official results', () => {
    // A school that pasted the vnEdu export into Danh sách and then duplicated the tab.
    const { grid } = vneduSheet({ sheet: 'Bản sao của Danh sách', className: '2A', point: 'GKI', year: 2025, subjects: ORDER_2025, students: CLASS_2A });
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Toán'], ['Nguyễn An', '2A', 'x']] }, grid, classGrid([['2A', 2, 'Cô Lan', 30]])], '2025-11-20');
    expect(a.official.tabs).toEqual([]);
    expect(a.students.map((s) => s.name)).toEqual(['Nguyễn An']);
    expect(codes(a)).toContain('TAB_COPY_UNREAD@A1');
  });
});
