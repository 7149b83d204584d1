// A Form asking for the Mã HS beside a Danh sách without that column: the log row's Mã HS is held by
// nobody, so the row used to be unmatched ("không có trong danh sách") and the student shown as
// owing a report they had made. When the roster writes no Mã HS for the student the row names,
// nothing contradicts the name, so the row is matched by name and class as without a Mã HS.
import type { LogEntry, LogTab } from '../../src/core/read/log';
import { matchLog } from '../../src/core/rules/mentors';
import { student } from '../helpers/student';

const AN = student({ row: 2, name: 'Lê Văn An', className: '4A', classKey: '4A', grade: 4, studentId: '' });
const BINH = student({ row: 3, name: 'Phạm Thị Bình', className: '4A', classKey: '4A', grade: 4, studentId: 'HS02' });
const entry = (over: Partial<LogEntry>): LogEntry => ({ sheet: 'Câu trả lời biểu mẫu 1', row: 2, student: '', className: '4A', studentId: '', mentor: 'cô Lan',
  content: 'Kèm Toán', result: '', columns: { student: 3, className: 4, studentId: 5 }, month: '2025-11', ...over });
const tab = (e: LogEntry): LogTab[] => [{ sheet: 'Câu trả lời biểu mẫu 1', entries: [e], problems: [] }];

describe('a Mã HS the roster does not hold', () => {
  it('names a student with no Mã HS in the roster: matched by name and class, nothing said', () => {
    const { matched, problems } = matchLog(tab(entry({ student: 'Lê Văn An', studentId: '7901234567' })), [AN, BINH]);
    expect(matched.map((m) => m.student)).toEqual([AN]);
    expect(problems).toEqual([]);
  });

  it('names a student whose roster Mã HS is another: unmatched, said at the Mã HS cell as before', () => {
    const { matched, problems } = matchLog(tab(entry({ student: 'Phạm Thị Bình', studentId: 'HS99' })), [AN, BINH]);
    expect(matched.map((m) => m.student)).toEqual([undefined]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_STUDENT_UNKNOWN@E2']);
  });

  it('without a class, the name alone still asks for the class', () => {
    const { matched, problems } = matchLog(tab(entry({ student: 'Lê Văn An', studentId: '7901234567', className: '' })), [AN, BINH]);
    expect(matched.map((m) => m.student)).toEqual([AN]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_CLASS_MISSING@D2']);
  });

  it('a name in the wrong class is not matched by the Mã HS nobody holds', () => {
    const { matched, problems } = matchLog(tab(entry({ student: 'Lê Văn An', studentId: '7901234567', className: '4B' })), [AN, BINH]);
    expect(matched.map((m) => m.student)).toEqual([undefined]);
    expect(problems.map((p) => p.code)).toEqual(['LOG_STUDENT_UNKNOWN']);
  });
});

describe('a Mã HS held by a row left out of the counts', () => {
  it('is held: the log row is not matched to a namesake without a Mã HS', () => {
    const gone = student({ row: 4, name: 'Lê Văn An', className: '4A', classKey: '4A', grade: 4, studentId: '7901234567', excluded: true });
    const { matched, problems } = matchLog(tab(entry({ student: 'Lê Văn An', studentId: '7901234567' })), [AN, BINH, gone]);
    expect(matched.map((m) => m.student)).toEqual([undefined]);
    expect(problems.map((p) => `${p.code}@${p.cell}`)).toEqual(['LOG_STUDENT_UNKNOWN@E2']);
  });
});
