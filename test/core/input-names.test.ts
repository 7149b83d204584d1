// Tab names as Sheets and people write them (inputs.ts, table.ts), asked directly (issue 17).
import { copyOfInput } from '../../src/core/inputs';
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
});
