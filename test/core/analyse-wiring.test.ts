// How analyse wires the readers to the rules: what each rule is handed about the roster (issue 17:
// mutants of analyse.ts that no rule test reaches).
import { classGrid, codes, run } from '../helpers/grid';
import { secondaryClass, secondarySheet, THCS_SUBJECTS } from '../../local/vnedu-export-secondary';

describe('analyse hands the rules the roster cells', () => {
  it('a mentor written short, who could be two teachers, is warned of at the GV hỗ trợ cell of the first row', () => {
    const roster = {
      name: 'Danh sách',
      values: [
        ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Toán'],
        ['Nguyễn An', '1A', 'cô Lan', 'x'],
        ['Trần Bình', '1A', 'Nguyễn Thị Lan', 'x'],
        ['Lê Chi', '1A', 'Trần Thị Lan', 'x'],
      ],
    };
    const a = run([roster, classGrid([['1A', 1, 'Cô Hoa', 30]])], '2025-09-20');
    expect(codes(a).filter((c) => c.startsWith('MENTOR_SPELLINGS'))).toEqual(['MENTOR_SPELLINGS@C2']);
  });
});

describe('a flag for a student the review points do not flag', () => {
  it('an at-risk student never rated gets atRisk alone, with no area (nothing was rated)', () => {
    const roster = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Hoàn cảnh', 'Số buổi nghỉ'],
      ['Hà Văn Dũng', '6A', 'Nhà xa trường', 50],
    ] };
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026']] };
    const a = run([config, roster], '2026-05-30');
    expect(a.flags.map((f) => ({ point: f.reviewPoint, kinds: f.kinds, areas: f.areas, reasons: f.reasons })))
      .toEqual([{ point: 'CN', kinds: ['atRisk'], areas: [], reasons: ['Chuyên cần', 'Hoàn cảnh'] }]);
  });
});

describe('each Danh sách tab\'s review blocks belong to the levels of its own rows', () => {
  it('a TH&THCS school whose THCS tab has no Giữa học kì I block: only the primary student is "not rated" there', () => {
    const primary = { name: 'Danh sách tiểu học', values: [
      ['Họ và tên', 'Lớp', 'Đầu năm - Toán', 'Giữa học kì I - Toán'],
      ['Nguyễn An', '1A', 'x', ''],
    ] };
    const secondary = { name: 'Danh sách trung học', values: [
      ['Họ và tên', 'Lớp', 'Đầu năm - Toán'],
      ['Trần Bình', '6A', 'x'],
    ] };
    const a = run([primary, secondary, classGrid([['1A', 1, 'Cô Hoa', 30], ['6A', 6, 'Thầy Nam', 35]])], '2025-12-20');
    expect(a.flags.filter((f) => f.kinds.includes('notRated')).map((f) => `${f.student.name} ${f.reviewPoint}`)).toEqual(['Nguyễn An GKI']);
  });
});

describe('a Danh sách tab without rows', () => {
  it('its review blocks count for every level of the school: a need at Đầu năm unrated at its Giữa học kì I block is "not rated"', () => {
    const rated = { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'Đầu năm - Toán'],
      ['Nguyễn An', '1A', 'x'],
    ] };
    const later = { name: 'Danh sách giữa kì', values: [['Họ và tên', 'Lớp', 'Giữa học kì I - Toán']] };
    const a = run([rated, later, classGrid([['1A', 1, 'Cô Hoa', 30]])], '2025-12-20');
    expect(a.flags.filter((f) => f.kinds.includes('notRated')).map((f) => `${f.student.name} ${f.reviewPoint}`)).toEqual(['Nguyễn An GKI']);
  });
});

describe('the official results are read with the school\'s own settings', () => {
  it('Cấu hình "Điểm cần hỗ trợ dưới" 6 makes a 5,5 in a THCS vnEdu export a need (the default is 5)', () => {
    const tab = secondarySheet({ sheet: '6A', className: '6A', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS,
      students: secondaryClass(2, 9100000000, 2013, (i) => ({ marks: { Toán: i === 0 ? 5.5 : 7 } })) }).grid;
    const config = { name: 'Cấu hình', values: [['Mục', 'Giá trị'], ['Năm học', '2025-2026'], ['Điểm cần hỗ trợ dưới', 6]] };
    const a = run([config, tab, classGrid([['6A', 6, 'Cô Hoa', 30]])], '2026-01-20');
    expect(a.students.map((s) => [s.name, s.reviews.CKI?.need])).toEqual([['Nguyễn Văn An', ['Toán']], ['Trần Văn An', []]]);
  });
});

describe('the report columns of a school', () => {
  it('without any khối known, the Danh sách\'s own columns', () => {
    const a = run([{ name: 'Danh sách', values: [['Họ và tên', 'Lớp', 'Giữa học kì I - Toán'], ['Nguyễn An', 'Hoa Mai', 'C']] }], '2025-12-20');
    expect([a.levels, a.areas]).toEqual([[], ['Toán']]);
  });

  it('a TH&THCS school: every level\'s columns once, in report order (Ngữ văn before Ngoại ngữ, whichever level named it first)', () => {
    const primary = { name: 'Danh sách tiểu học', values: [
      ['Họ và tên', 'Lớp', 'Giữa học kì I - Tiếng Việt', 'Giữa học kì I - Toán', 'Giữa học kì I - Ngoại ngữ'], ['Nguyễn An', '1A', 'C', 'C', 'C']] };
    const secondary = { name: 'Danh sách trung học', values: [['Họ và tên', 'Lớp', 'Giữa học kì I - Ngữ văn', 'Giữa học kì I - Toán'], ['Trần Bình', '6A', 4, 4]] };
    const a = run([primary, secondary, classGrid([['1A', 1, 'Cô Hoa', 30], ['6A', 6, 'Thầy Nam', 35]])], '2025-12-20');
    expect(a.levels.map((l) => l.areas)).toEqual([['Toán', 'Tiếng Việt', 'Ngoại ngữ'], ['Toán', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']]);
    expect(a.areas).toEqual(['Toán', 'Tiếng Việt', 'Ngữ văn', 'Ngoại ngữ', 'Học tập', 'Rèn luyện']);
  });
});
