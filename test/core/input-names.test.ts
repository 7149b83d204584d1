// Tab names as Sheets and people write them (inputs.ts, table.ts), asked directly (issue 17).
import { copyOfInput, sortInputTabs } from '../../src/core/inputs';
import { problemOver } from '../../src/core/problem';
import { findTableHeader } from '../../src/core/table';

describe('a copy of an input tab', () => {
  it('names the original as written, whatever the spaces around and between the words', () => {
    expect(copyOfInput('Bản sao của Danh sách khối 2')).toBe('Danh sách khối 2');
    expect(copyOfInput('  Bản sao của Lớp ')).toBe('Lớp');
    expect(copyOfInput('Bản  sao của Danh sách')).toBe('Danh sách');
    expect(copyOfInput('Copy of Cấu hình')).toBe('Cấu hình');
    expect(copyOfInput('Bản sao của Tổng hợp')).toBeUndefined();
  });
});

describe('a one-row table header', () => {
  it('takes the first column naming a field when two name it', () => {
    const header = findTableHeader([['Lớp', 'Khối', 'Lớp']], { className: ['Lớp'], grade: ['Khối'] }, ['className']);
    expect(header).toEqual({ row: 0, columns: { className: 0, grade: 1 } });
  });

  it('is the first row naming every required field, not one of them', () => {
    const header = findTableHeader([['Lớp'], ['Lớp', 'Khối']], { className: ['Lớp'], grade: ['Khối'] }, ['className', 'grade']);
    expect(header?.row).toBe(1);
  });
});

describe('a copy of an input tab, as the sorted inputs report it', () => {
  it('names the copy and its original in the warning at A1', () => {
    const tabs = sortInputTabs([{ name: 'Bản sao của Lớp', values: [['Lớp']] }]);
    expect(tabs.problems.map((p) => [p.code, p.cell])).toEqual([['TAB_COPY_UNREAD', 'A1']]);
    expect(tabs.problems[0].message).toContain('Trang "Bản sao của Lớp" là bản sao của trang "Lớp"');
  });
});

describe('a problem over a range', () => {
  it('keeps the class it is about, and none when none is given', () => {
    expect([problemOver('Lớp', 'A1:D1', 'warning', 'TAB_COPY_UNREAD', 'x', '4A').className, problemOver('Lớp', 'A1:D1', 'warning', 'TAB_COPY_UNREAD', 'x', '').className])
      .toEqual(['4A', undefined]);
  });
});
