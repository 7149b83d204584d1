// Review 66: the mentor, Hoàn cảnh and Sự rèn luyện columns as schools head and fill them. Before, a column headed
// "Giáo viên đỡ đầu" or "Hoàn cảnh gia đình và bản thân" was dropped without a word (SUPPORTER_MISSING then blamed the
// school), a short "ko" in Hoàn cảnh became a hardship (an early-warning signal), "N/A" became two teachers "N" and "A",
// and one teacher written "C. Lan", "Gv.Trần Văn Hùng" or "Nguyễn Thị Lan." became several mentors.
import { readMentorName, splitSupporters } from '../../src/core/read/mentor-names';
import { writesNoHardship, writesNoMentor } from '../../src/core/read/nothing-written';
import { matchField, matchFieldByWords } from '../../src/core/vocab';
import { rosterRun } from '../helpers/danh-sach';

const fieldOf = (label: string) => matchField(label) ?? matchFieldByWords(label);
const school = rosterRun;

describe('free-text columns headed by their words', () => {
  it.each([
    ['Giáo viên đỡ đầu', 'supporter'], ['GV hỗ trợ/đỡ đầu', 'supporter'], ['Thầy cô nhận đỡ đầu', 'supporter'], ['Người nhận đỡ đầu', 'supporter'],
    ['Họ tên GV đỡ đầu', 'supporter'], ['Hoàn cảnh gia đình và bản thân', 'hardship'], ['Hoàn cảnh đặc biệt', 'hardship'], ['Hoàn cảnh GĐ', 'hardship'],
    ['Hộ nghèo', 'hardship'], ['Ý thức rèn luyện', 'conduct'], ['Rèn luyện của bản thân', 'conduct'], ['Sự rèn luyện bản thân', 'conduct'],
    ['Quá trình rèn luyện của bản thân', 'conduct'],
  ])('%p is the %s column', (label, field) => expect(fieldOf(label)).toBe(field));

  it.each(['Rèn luyện', 'Kết quả rèn luyện', 'HK1 - Rèn luyện', 'Nội dung hỗ trợ', 'Biện pháp hỗ trợ', 'Ghi chú hoàn cảnh', 'Địa chỉ',
    'SĐT GV đỡ đầu', 'Nội dung đỡ đầu', 'Ngày nhận đỡ đầu', 'Nội dung GV hỗ trợ', 'GV phụ trách bộ môn', 'Có hỗ trợ', 'Diện chính sách', 'Cô phụ trách'])(
    '%p is none of them (a rated area, the help given, or another column)', (label) => expect(fieldOf(label)).toBeUndefined());

  it('a student with "Giáo viên đỡ đầu", "Hoàn cảnh gia đình và bản thân" and "Rèn luyện của bản thân": all three read, at risk, nobody blamed', () => {
    const { a, report } = school(['Hoàn cảnh gia đình và bản thân', 'Rèn luyện của bản thân', 'Giáo viên đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt'],
      [['Lê Văn An', '4A', 'Mồ côi cha', 'Hay nghỉ học', 'Nguyễn Thị Lan', 'C', 'C']]);
    expect(a.students.map((s) => [s.supporters, s.hardship, s.conduct])).toEqual([[['Nguyễn Thị Lan'], 'Mồ côi cha', 'Hay nghỉ học']]);
    expect(report.flags.map((f) => [f.kinds, f.reasons])).toEqual([[['new', 'atRisk'], ['Học tập', 'Hoàn cảnh']]]);
    expect(a.problems.map((p) => p.code)).toEqual([]);
  });
});

describe('"no" as schools type it', () => {
  const NO = ['ko', 'k', 'kg', 'Ko có', 'không ạ', 'K.', 'Bthường', 'N/A', '?', '??', 'Hộ nghèo: không', 'Hoàn cảnh khó khăn: Không'];

  it.each(NO)('%p in Hoàn cảnh writes no hardship', (text) => expect(writesNoHardship(text)).toBe(true));

  it.each(['Mồ côi cha', 'Hộ nghèo', 'Hộ nghèo: có', 'Không có bố', 'K khó khăn lắm', 'Kinh tế khó khăn', '✓', 'x', '*', 'Hộ nghèo: ✓', 'Hộ nghèo:', 'KK', 'K/K'])('%p is a hardship as written', (text) =>
    expect(writesNoHardship(text)).toBe(false));

  it.each(['ko', 'k', 'Ko có', 'Chưa PC', 'chưa pc GV', 'N/A', 'không ạ'])('%p in GV hỗ trợ names no teacher', (text) => {
    expect(writesNoMentor(text)).toBe(true);
    expect(splitSupporters(text)).toEqual([]);
  });

  it('each short "no" in a school: no hardship signal and no teacher; noSupporter and SUPPORTER_MISSING for the unsupported', () => {
    const { a, report } = school(['Hoàn cảnh', 'GV nhận đỡ đầu', 'GKI - Toán', 'GKI - Tiếng Việt'],
      [['Lê Văn An', '4A', 'ko', 'N/A', 'C', 'C'], ['Lê Văn Bình', '4A', 'Hộ nghèo: không', 'Chưa PC', 'C', 'C'], ['Lê Văn Cường', '4A', 'Mồ côi mẹ', 'ko', 'C', 'C']]);
    expect(a.students.map((s) => [s.hardship, s.supporters])).toEqual([[undefined, []], [undefined, []], ['Mồ côi mẹ', []]]);
    expect(report.mentors).toEqual([]);
    // An at-risk student without a mentor is listed first (PRODUCT 3.9).
    expect(report.flags.map((f) => [f.name, f.kinds])).toEqual([
      ['Lê Văn Cường', ['noSupporter', 'new', 'atRisk']], ['Lê Văn An', ['noSupporter', 'new']], ['Lê Văn Bình', ['noSupporter', 'new']]]);
    expect(a.problems.filter((p) => p.code === 'SUPPORTER_MISSING').map((p) => p.cell)).toEqual(['E2', 'E3', 'E4']);
  });
});

describe('two teachers in one cell, and one teacher written several ways', () => {
  it.each([
    ['Nguyễn Thị Lan và Trần Văn Hùng', ['Nguyễn Thị Lan', 'Trần Văn Hùng']],
    ['Cô Mai & thầy Sơn', ['Cô Mai', 'thầy Sơn']],
    ['1/ Hồ Văn Sơn 2/ Lê Thị Mai (hỗ trợ)', ['Hồ Văn Sơn', 'Lê Thị Mai (hỗ trợ)']],
    ['1/Hồ Văn Sơn; 2/Lê Thị Mai', ['Hồ Văn Sơn', 'Lê Thị Mai']],
    ['Lê Thị Vân', ['Lê Thị Vân']],
    ['đ/c Lan', ['đc Lan']],
  ])('%p is %p', (text, names) => expect(splitSupporters(text)).toEqual(names));

  it.each([
    ['Nguyễn Thị Lan.', 'Nguyễn Thị Lan'], ['Cô: Nguyễn Thị Lan', 'Nguyễn Thị Lan'], ['C. Lan', 'Lan'], ['T.Hùng', 'Hùng'],
    ['Gv.Trần Văn Hùng', 'Trần Văn Hùng'], ['cô Lan', 'Lan'], ['Cồ Văn Tú', 'Cồ Văn Tú'], ['Tô Hoài', 'Tô Hoài'], ['T', 'T'],
  ])('%p is the teacher %p', (written, name) => expect(readMentorName(written).name).toBe(name));

  it('two teachers written seven ways are two mentors, each with the students of all their spellings', () => {
    const cells = ['Nguyễn Thị Lan', 'Nguyễn Thị Lan.', 'Cô: Nguyễn Thị Lan', 'C. Lan', 'Trần Văn Hùng', 'Gv.Trần Văn Hùng', 'T.Hùng'];
    const { report } = school(['GV nhận đỡ đầu', 'GKI - Toán'], cells.map((c, i) => [`Lê Văn Số ${i + 1}`, '4A', c, 'C']));
    expect(report.mentors.map((m) => [m.name, m.students])).toEqual([['Nguyễn Thị Lan', 4], ['Trần Văn Hùng', 3]]);
  });
});
