// "Nobody yet" in a GV hỗ trợ cell (review-7 F26) and "no hardship" in a Hoàn cảnh cell (F9): closed
// vocabularies of what schools write, never a teacher called "Chưa phân công", never a hardship
// signal from "Không thuộc hộ nghèo". Names are never folded: "Đặng Phan Công" stays a teacher.
import fc from 'fast-check';
import { splitSupporters } from '../../src/core/read/mentor-names';
import { writesNoHardship, writesNoMentor } from '../../src/core/read/nothing-written';
import { buildReport } from '../../src/core/report';
import { propertyRuns } from '../helpers/property-runs';
import { run } from '../helpers/grid';

const CONFIG = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };

describe('"nobody yet" in a GV hỗ trợ cell (F26)', () => {
  it.each([
    'Chưa phân công', 'Chưa có GV', 'Chờ phân công', 'Đang phân công', '?', '??', '...', 'Đang chờ', 'Chờ', 'Chưa có giáo viên hỗ trợ',
    'CHƯA PHÂN CÔNG.', 'chưa  phân   công', 'Chưa cử GV', 'Chưa có ai', 'Không có GV', 'Chưa có người đỡ đầu', 'Chưa xác định',
    'Đang tìm GV', 'chua phan cong', 'chua co gv', 'Chưa có GV, chờ phân công', 'Chưa phân công GV hỗ trợ',
  ])('%p names no mentor', (cell) => {
    expect(splitSupporters(cell)).toEqual([]);
  });

  it.each([
    ['Đặng Phan Công', ['Đặng Phan Công']], ['Dang Phan Cong', ['Dang Phan Cong']], ['Đặng Cừ', ['Đặng Cừ']], ['Chu Văn An', ['Chu Văn An']],
    ['Cô Chờ', ['Cô Chờ']], ['Nguyễn Thị Lan', ['Nguyễn Thị Lan']], ['Chưa phân công; Nguyễn Thị Lan', ['Nguyễn Thị Lan']],
    ['Chưa phân công xong lớp 8A', ['Chưa phân công xong lớp 8A']],
  ])('%p is kept as written: %p', (cell, names) => {
    expect(splitSupporters(cell)).toEqual(names);
  });

  it('property: prefix × what × who × role, any case, spacing and final stop, is nobody', () => {
    const prefix = ['Chưa', 'Chờ', 'Đang', 'Đang chờ', 'Chưa được', 'Không'];
    const what = ['', ' phân công', ' có', ' cử', ' bố trí', ' xác định'];
    const who = ['', ' GV', ' giáo viên', ' người'];
    const role = ['', ' hỗ trợ', ' đỡ đầu', ' phụ trách'];
    fc.assert(fc.property(fc.constantFrom(...prefix), fc.constantFrom(...what), fc.constantFrom(...who), fc.constantFrom(...role),
      fc.boolean(), fc.constantFrom('', '.', ' !', '...'), fc.boolean(), (p, w, o, r, upper, end, spaces) => {
        let cell = `${p}${w}${o}${r}${end}`;
        if (upper) cell = cell.toUpperCase();
        if (spaces) cell = `  ${cell.replace(/ /g, '   ')} `;
        expect(writesNoMentor(cell)).toBe(true);
        // A teacher's name after it in the same cell is still read.
        expect(splitSupporters(`${cell}\nNguyễn Thị Lan`)).toEqual(['Nguyễn Thị Lan']);
      }), { numRuns: propertyRuns(300) });
  });

  it('through analyse: noSupporter with SUPPORTER_MISSING, counted in "Chưa có GV hỗ trợ", and no mentor named "Chưa phân công"', () => {
    const cells = ['Chưa phân công', 'Chưa có GV', 'Chờ phân công', 'Đang phân công', '?', 'Nguyễn Thị Lan'];
    const roster = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'GKI - Toán'],
      ...cells.map((c, i) => [`Lê Văn Số ${String.fromCharCode(65 + i)}`, '4A', c, 'C']),
    ] };
    const a = run([CONFIG, roster], '2025-11-20');
    const report = buildReport(a);
    expect(report.flags.map((f) => f.kinds.includes('noSupporter'))).toEqual([true, true, true, true, true, false]);
    expect(a.problems.filter((p) => p.code === 'SUPPORTER_MISSING').map((p) => p.cell)).toEqual(['C2', 'C3', 'C4', 'C5', 'C6']);
    expect(report.mentors.map((m) => [m.name, m.students])).toEqual([['Nguyễn Thị Lan', 1]]);
  });
});

describe('"no hardship" in a Hoàn cảnh cell (F9)', () => {
  it.each([
    'Không thuộc hộ nghèo', 'Không có hoàn cảnh khó khăn', 'Bình thường', 'BT', 'bt.', '0', 'Không khó khăn gì', 'Không thuộc diện khó khăn',
    'Không nghèo', 'Không có hoàn cảnh đặc biệt', 'Ko thuộc hộ nghèo', 'KHÔNG THUỘC HỘ CẬN NGHÈO', 'Không phải hộ nghèo', 'Không',
    'Không..', 'Bình thường.;', 'Không có gì!!',
  ])('%p is no hardship', (cell) => expect(writesNoHardship(cell)).toBe(true));

  it.each(['Không có bố', 'Hộ nghèo', 'Hộ cận nghèo', 'Khá giả', 'Không thuộc hộ nghèo nhưng bố mất', 'Mồ côi', 'Không nhà', 'Bố mẹ không có việc làm', '0 (không)', 'Không có mẹ, khó khăn',
    'Bố mất sớm, không thuộc hộ nghèo', 'Mồ côi cha, không khó khăn'])(
    '%p is a hardship as written', (cell) => expect(writesNoHardship(cell)).toBe(false));

  it('property: a negation of hardship words, any case and stop, is no hardship; one other word after it makes it a hardship', () => {
    fc.assert(fc.property(fc.constantFrom('Không', 'Ko', 'không'), fc.constantFrom('', ' thuộc', ' có', ' phải'),
      fc.constantFrom(' hộ nghèo', ' hộ cận nghèo', ' diện khó khăn', ' hoàn cảnh khó khăn', ' khó khăn gì', ' hoàn cảnh đặc biệt'),
      fc.constantFrom('bố', 'mẹ', 'nhà', 'mồ côi'), fc.boolean(), (neg, verb, what, other, upper) => {
        const cell = `${neg}${verb}${what}`;
        expect(writesNoHardship(upper ? cell.toUpperCase() : cell)).toBe(true);
        expect(writesNoHardship(`${cell} nhưng ${other}`)).toBe(false);
      }), { numRuns: propertyRuns(200) });
  });

  it('through analyse: "Không thuộc hộ nghèo" with one other signal is not atRisk; "Hộ nghèo" is', () => {
    const roster = { name: 'Danh sách', values: [
      ['STT', 'Họ và tên', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh gia đình', 'KQHT HK1', 'KQRL HK1'],
      [1, 'Nguyễn Văn An', '8A', 'Cô Lan', 'Không thuộc hộ nghèo', 'Đạt', 'Chưa đạt'],
      [2, 'Trần Thị Bình', '8A', 'Cô Lan', 'Hộ nghèo', 'Đạt', 'Chưa đạt'],
      [3, 'Lê Văn Cường', '8A', 'Cô Lan', '0', 'Đạt', 'Chưa đạt'],
    ] };
    const a = run([CONFIG, roster], '2026-01-20');
    expect(a.students.map((s) => s.hardship ?? null)).toEqual([null, 'Hộ nghèo', null]);
    expect(buildReport(a).flags.filter((f) => f.kinds.includes('atRisk')).map((f) => [f.name, f.reasons])).toEqual([['Trần Thị Bình', ['Rèn luyện', 'Hoàn cảnh']]]);
  });
});
