// A THCS vnEdu tab with a subject no known name matches (issue 18): "Tiếng Khmer" over "(HS 1)" and
// "Múa dân tộc" over "(N.xét)". The sub-header says each is a subject, so it is counted under its
// own name with a warning at its header cell, exactly as an unknown primary subject; a 3,5 or a CĐ
// in it is a need, never dropped. Through the built bundle.
import ExcelJS from 'exceljs';
import { roundTrip, runSummarize, snapshot } from '../helpers/bundle';
import { addSecondarySheet, secondaryClass, THCS_SUBJECTS, type SecondaryStudent } from '../../local/vnedu-export-secondary';

const SUBJECTS = [...THCS_SUBJECTS.slice(0, 8), { name: 'Tiếng Khmer', kind: 'score' as const }, ...THCS_SUBJECTS.slice(8),
  { name: 'Múa dân tộc', kind: 'comment' as const }];

function school() {
  const workbook = new ExcelJS.Workbook();
  const cls = workbook.addWorksheet('Lớp');
  cls.addRow(['Lớp', 'Khối', 'GVCN', 'Sĩ số']);
  cls.addRow(['6A', 6, 'Thầy Nam', 4]);
  const cfg = workbook.addWorksheet('Cấu hình');
  cfg.addRow(['Năm học', '2025-2026']);
  const students = secondaryClass(4, 8600000001, 2014, (i): Partial<SecondaryStudent> => [
    { marks: { 'Tiếng Khmer': '3,5' } }, // needs only Tiếng Khmer
    { marks: { 'Múa dân tộc': 'CĐ' } }, // needs only Múa dân tộc
    { marks: { 'Tiếng Khmer': 4, Toán: '4,5' } }, // Toán and Tiếng Khmer
    { marks: { 'Tiếng Khmer': 'Miễn' } }, // exempt: nothing
  ][i]);
  const sheet = addSecondarySheet(workbook, { sheet: '6a', className: '6A', grade: 6, point: 'HK1', year: 2025, regime: 'TT22', subjects: SUBJECTS, students });
  return { workbook, sheet };
}

describe('an unknown subject in a THCS vnEdu tab, through the built bundle', () => {
  let json: ReturnType<typeof runSummarize>['json'];
  let sheet: ReturnType<typeof school>['sheet'];
  let summary: string[];
  beforeAll(async () => {
    const built = school();
    sheet = built.sheet;
    const book = await roundTrip(built.workbook);
    json = runSummarize(book, { today: '2026-01-20' }).json;
    summary = snapshot(book, ['Tổng hợp'])['Tổng hợp'].map((r) => r.map((c) => c ?? '').join('|').replace(/\|+$/, ''));
  });
  const letter = (c: number) => String.fromCharCode(64 + c);

  it('counts the scored and the comment subject under their own names', () => {
    const cki = json.totals.CKI.byGrade[0];
    expect([cki.grade, cki.students, cki.needSupport, cki.byArea.Toán, cki.byArea['Tiếng Khmer'], cki.byArea['Múa dân tộc']]).toEqual([6, 4, 3, 1, 2, 1]);
    expect(json.levels[0].areas).toEqual(expect.arrayContaining(['Tiếng Khmer', 'Múa dân tộc']));
    const names = sheet.grid.values.slice(7, 11).map((r) => r[3]);
    expect(json.flags.map((f) => `${f.name} ${f.kinds.join('+')} ${f.areas.join(', ')}`)).toEqual([
      `${names[0]} noSupporter+new Tiếng Khmer`, `${names[1]} noSupporter+new Múa dân tộc`, `${names[2]} noSupporter+new Toán, Tiếng Khmer`,
    ]);
  });

  it('warns at each unknown subject\'s header cell, with the primary path\'s words', () => {
    const warnings = json.problems.filter((p) => p.code === 'OFFICIAL_SUBJECT_UNKNOWN').map((p) => `${p.sheet}!${p.cell} ${p.message}`);
    expect(warnings).toEqual(['Tiếng Khmer', 'Múa dân tộc'].map((name) => `6a!${letter(sheet.columnOf[name])}7 Trang "6a": cột môn "${name}" không khớp môn học nào tiện ích biết; vẫn được tính với tên "${name}". Nếu đây là một môn đã biết (ví dụ Tin học, Công nghệ, Khoa học), đổi tiêu đề cột cho đúng tên môn.`));
    expect(json.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('Tổng hợp shows both columns, someone needs them', () => {
    const header = summary.find((l) => l.startsWith('|||Toán'));
    expect(header).toBe('|||Toán|Ngữ văn|Ngoại ngữ|Học tập|Rèn luyện|Múa dân tộc|Tiếng Khmer');
  });
});
