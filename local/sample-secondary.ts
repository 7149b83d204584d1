// The bundled secondary sample for `npm run local -- --sample thcs`: a fictional THCS&THPT school
// (khối 6–12, 14 classes, about 500 students) at the end of the year, with its support roster in
// three Danh sách tabs written in the three header styles schools use (merged "Học kỳ 1" over the
// subjects; "Toán HK1"; flat "Học kỳ 1 - Toán"), scores 0–10 and Đ/CĐ subjects, Học tập / Rèn
// luyện in TT22 words and some TT58 ones (khối 12), Số buổi nghỉ, one class (9B) from vnEdu's
// "Sổ điểm tổng kết" at Cả năm, targets in a Chỉ tiêu tab, and the mistakes a tired teacher makes.
// Generated, so it is the same on every machine.
import ExcelJS from 'exceljs';
import { buildSchoolWorkbook, seededRandom, randomPerson, type ClassSpec, type SchoolLayout, type SchoolSpec, type StudentSpec } from './workbook-builder';
import { addSecondarySheet, secondaryClass, THCS_SUBJECTS, type SecondarySheet, type SecondaryStudent, type SecondaryTab } from './vnedu-export-secondary';

export const SECONDARY_SAMPLE_TODAY = '2026-06-10';
export const POINTS = ['CKI', 'CKII', 'CN'] as const;
type Point = (typeof POINTS)[number];
const WORDS: Record<Point, { semester: string; short: string }> = {
  CKI: { semester: 'Học kỳ 1', short: 'HK1' }, CKII: { semester: 'Học kỳ 2', short: 'HK2' }, CN: { semester: 'Cả năm', short: 'CN' },
};
const THCS_AREAS = ['Toán', 'Ngữ văn', 'Tiếng Anh', 'KHTN', 'GDTC', 'Học tập', 'Rèn luyện'];
const THPT_AREAS = ['Toán', 'Ngữ văn', 'Tiếng Anh', 'Vật lí', 'GDTC', 'Học tập', 'Rèn luyện'];
/** How each header is scaled: a score 0–10, Đ/CĐ, or a result word. */
export const SAMPLE_AREA_KIND: Record<string, 'score' | 'comment' | 'result'> = {
  Toán: 'score', 'Ngữ văn': 'score', 'Tiếng Anh': 'score', KHTN: 'score', 'Vật lí': 'score', GDTC: 'comment', 'Học tập': 'result', 'Rèn luyện': 'result',
};
const FIELDS = ['STT', 'Họ và tên', 'Ngày sinh', 'Nữ', 'Lớp', 'HSKT', 'GV hỗ trợ', 'Hoàn cảnh', 'Số buổi nghỉ'];
const TEACHERS = ['Nguyễn Thị Hạnh', 'Trần Văn Lộc', 'Lê Thị Thu', 'Phạm Ngọc Ánh', 'Võ Thị Kim', 'Đặng Văn Tâm', 'Bùi Thị Yến',
  'Huỳnh Thị Nga', 'Phan Văn Hòa', 'Đỗ Thị Lệ', 'Hồ Văn Phát', 'Ngô Thị Sen', 'Dương Thị Hồng', 'Lý Văn Quý'];
const HARDSHIP = ['Mồ côi cha', 'Hộ nghèo', 'Bố mẹ đi làm xa, ở với ông bà', 'Nhà xa trường'];

export type SampleValue = string | number;
export type SecondaryStudentSpec = StudentSpec & { className: string; ratings: Record<Point, Record<string, SampleValue>>; cells: Record<string, SampleValue> };

export interface RosterTabSpec {
  spec: Omit<SchoolSpec, 'students'> & { students: SecondaryStudentSpec[] };
  /** Header style as a school writes it, for the README and the tests. */
  style: 'merged' | 'subject-point' | 'point-subject';
}

/** A planted mistake: the student (index in its tab), the cell (point and area, or a field), the error code. */
export interface Mistake {
  tab: string;
  student: number;
  point?: Point;
  area?: string;
  field?: string;
  code: string;
}

/** A score written as teachers write it: a number, "6,5" or "6.5". */
function writeScore(score: number, random: () => number): SampleValue {
  const r = random();
  return r < 0.4 ? score : r < 0.8 ? score.toFixed(1).replace('.', ',') : score.toFixed(1);
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)];
}

/** One cell: a need or not, in the area's scale; TT58 words for Học tập / Rèn luyện when `tt58`. */
function value(area: string, need: boolean, tt58: boolean, random: () => number): SampleValue {
  const kind = SAMPLE_AREA_KIND[area];
  if (kind === 'score') return writeScore(need ? 2 + Math.floor(random() * 30) / 10 : 5 + Math.floor(random() * 46) / 10, random);
  if (kind === 'comment') return need ? pick(['CĐ', 'Chưa đạt'], random) : random() < 0.04 ? 'Miễn' : pick(['Đ', 'Đạt'], random);
  if (area === 'Học tập') return tt58 ? (need ? pick(['Yếu', 'Kém'], random) : pick(['Giỏi', 'Khá', 'Trung bình'], random)) : need ? 'Chưa đạt' : pick(['Tốt', 'Khá', 'Đạt'], random);
  return tt58 ? (need ? 'Yếu' : pick(['Tốt', 'Khá', 'Trung bình'], random)) : need ? 'Chưa đạt' : pick(['Tốt', 'Khá', 'Đạt'], random);
}

/** The students on the support roster of one class: each needs something at some point of the year. */
export function classStudents(className: string, grade: number, areas: string[], count: number, random: () => number): SecondaryStudentSpec[] {
  const subjects = areas.filter((a) => SAMPLE_AREA_KIND[a] !== 'result');
  const tt58 = grade === 12;
  return Array.from({ length: count }, (_, i) => {
    const person = randomPerson(random);
    const cki = subjects.filter((a) => random() < (a === 'Toán' || a === 'Ngữ văn' ? 0.45 : 0.15));
    if (cki.length === 0) cki.push(pick(['Toán', 'Ngữ văn', 'Tiếng Anh'], random));
    const ckii = subjects.filter((a) => (cki.includes(a) ? random() < 0.6 : random() < 0.06));
    const cn = subjects.filter((a) => (ckii.includes(a) ? random() < 0.8 : cki.includes(a) && random() < 0.2));
    const needs: Record<Point, string[]> = { CKI: cki, CKII: ckii, CN: cn };
    const ratings = Object.fromEntries(POINTS.map((p) => {
      const learning = needs[p].length >= 2 && random() < 0.6;
      const conduct = random() < 0.06;
      const row: Record<string, SampleValue> = {};
      for (const a of areas) row[a] = value(a, a === 'Học tập' ? learning : a === 'Rèn luyện' ? conduct : needs[p].includes(a), tt58, random);
      return [p, row];
    })) as Record<Point, Record<string, SampleValue>>;
    const absent = random() < 0.05 ? 46 + Math.floor(random() * 15) : Math.floor(random() * 13);
    return {
      name: person.name, female: person.female, className,
      birth: `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}/${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${2025 - grade - 6}`,
      disability: random() < 0.04,
      supporter: random() < 0.08 ? '' : TEACHERS[(grade * 3 + i) % TEACHERS.length],
      ratings,
      cells: { 'Số buổi nghỉ': absent, ...(random() < 0.1 ? { 'Hoàn cảnh': pick(HARDSHIP, random) } : {}) },
    };
  });
}

const CLASS_NAMES: Array<[number, string[]]> = [[6, ['6A', '6B']], [7, ['7A', '7B']], [8, ['8A', '8B']], [9, ['9A', '9B']],
  [10, ['10A1', '10A2']], [11, ['11A1', '11A2']], [12, ['12A1', '12A2']]];
/** The class whose results come from vnEdu's Sổ điểm tổng kết instead of a Danh sách. */
export const VNEDU_CLASS = '9B';
const VNEDU_STUDENTS = 36;

function rosterTab(name: string, style: RosterTabSpec['style'], areas: string[], students: SecondaryStudentSpec[]): RosterTabSpec {
  const base = { rosterName: name, points: [...POINTS], areas, fields: FIELDS, students, blankRowsEvery: 0 };
  const spec: RosterTabSpec['spec'] = style === 'merged'
    ? { ...base, title: ['TRƯỜNG THCS VÀ THPT HÒA BÌNH', 'DANH SÁCH HỌC SINH CẦN HỖ TRỢ - KHỐI 6, 7, 8'], headerStyle: 'two-row',
      pointLabels: Object.fromEntries(POINTS.map((p) => [p, WORDS[p].semester])) }
    : { ...base, title: [`DANH SÁCH HỌC SINH CẦN HỖ TRỢ - ${style === 'subject-point' ? 'KHỐI 9' : 'KHỐI 10, 11, 12'}`], headerStyle: 'one-row',
      combinedLabel: (short, area) => {
        const point = POINTS.find((p) => short === p) as Point;
        return style === 'subject-point' ? `${area} ${WORDS[point].short}` : `${WORDS[point].semester} - ${area}`;
      } };
  return { spec, style };
}

/** The vnEdu tab of 9B at Cả năm (TT22): a few below 5,0, a CĐ, a Rèn luyện Chưa đạt, a blank Tổng over 45, a Miễn. */
function vneduTab(): SecondaryTab {
  const students = secondaryClass(VNEDU_STUDENTS, 9900000001, 2011, (i): Partial<SecondaryStudent> => {
    if (i === 2) return { marks: { Toán: '4,5', Văn: 4.8 }, learning: 'Chưa đạt' };
    if (i === 5) return { marks: { 'Ng.ngữ': '3,9' } };
    if (i === 9) return { marks: { GDTC: 'CĐ' }, conduct: 'Chưa đạt' };
    if (i === 14) return { absences: [40, 8, ''] };
    if (i === 20) return { marks: { GDTC: 'Miễn' }, learning: 'Đạt' };
    if (i === 27) return { marks: { Toán: 3.5, KHTN: '4,0' }, learning: 'Chưa đạt', absences: [3, 1, 4] };
    return { absences: [i % 4, 0, i % 4] };
  });
  return { sheet: '9b', className: VNEDU_CLASS, grade: 9, point: 'CN', year: 2025, regime: 'TT22', subjects: THCS_SUBJECTS, students };
}

export interface SecondarySampleSpec {
  rosters: RosterTabSpec[];
  vnedu: SecondaryTab;
  classes: ClassSpec[];
  config: Array<[string, ExcelJS.CellValue]>;
  /** The Chỉ tiêu tab: Nội dung, Khối, Chỉ tiêu. */
  targets: string[][];
  mistakes: Mistake[];
}

export function sampleSecondarySpec(): SecondarySampleSpec {
  const random = seededRandom(2026);
  const classes: ClassSpec[] = [];
  const byTab: Record<RosterTabSpec['style'], SecondaryStudentSpec[]> = { merged: [], 'subject-point': [], 'point-subject': [] };
  let teacher = 0;
  for (const [grade, names] of CLASS_NAMES) {
    for (const name of names) {
      const vnedu = name === VNEDU_CLASS;
      classes.push({ name, grade, teacher: TEACHERS[teacher++ % TEACHERS.length], size: vnedu ? VNEDU_STUDENTS : 32 + Math.floor(random() * 9) });
      if (vnedu) continue;
      const style = grade <= 8 ? 'merged' : grade === 9 ? 'subject-point' : 'point-subject';
      byTab[style].push(...classStudents(name, grade, grade <= 9 ? THCS_AREAS : THPT_AREAS, 6 + Math.floor(random() * 5), random));
    }
  }
  const rosters = [
    rosterTab('Danh sách THCS', 'merged', THCS_AREAS, byTab.merged),
    rosterTab('Danh sách khối 9', 'subject-point', THCS_AREAS, byTab['subject-point']),
    rosterTab('Danh sách THPT', 'point-subject', THPT_AREAS, byTab['point-subject']),
  ];
  const mistakes: Mistake[] = [];
  // The mistakes a tired teacher makes, each one for the Kiểm tra tab to find at its cell.
  const plant = (tab: number, student: number, point: Point, area: string, written: SampleValue) => {
    rosters[tab].spec.students[student].ratings[point][area] = written;
    mistakes.push({ tab: rosters[tab].spec.rosterName as string, student, point, area, code: 'RATING_INVALID' });
  };
  plant(0, 3, 'CKI', 'Toán', 11);             // a score of 11
  plant(0, 12, 'CKII', 'Ngữ văn', '6..5');    // a dot typed twice
  plant(0, 20, 'CN', 'Toán', 'Khá');          // a result word in a scored column
  plant(1, 4, 'CKI', 'Toán', 'CĐ');           // a comment word in Toán
  plant(2, 7, 'CKII', 'Tiếng Anh', 'H');      // a primary rating in a THPT khối
  rosters[0].spec.students[30].className = '8C'; // a class missing from the Lớp tab: counted, with a warning
  mistakes.push({ tab: rosters[0].spec.rosterName as string, student: 30, field: 'Lớp', code: 'CLASS_NOT_LISTED' });
  return {
    rosters,
    vnedu: vneduTab(),
    classes,
    config: [
      ['Cơ quan chủ quản', 'Sở Giáo dục và Đào tạo'],
      ['Tên trường', 'Trường THCS và THPT Hòa Bình'],
      ['Địa danh', 'An Hòa'],
      ['Năm học', '2025 - 2026'],
      ['Người ký', 'Trần Minh Đức'],
      ['Chức danh ký', 'HIỆU TRƯỞNG'],
      ['Nơi nhận', 'Sở GDĐT (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.'],
      ['Số văn bản', '/BC-THCSTHPTHB'],
    ],
    // Targets as a secondary school writes them; "từ Khá trở lên" is a count the add-in cannot make (an error at its cell).
    targets: [
      ['Nội dung', 'Khối', 'Chỉ tiêu'],
      ['Toán', '', 'trên trung bình 95%'],
      ['Học tập từ Đạt trở lên', '', '98%'],
      ['Rèn luyện đạt trung bình trở lên', 'Toàn trường', '99%'],
      ['Ngữ văn từ Khá trở lên', '', '70%'],
    ],
    mistakes,
  };
}

/** The sample workbook, where each roster student landed, the vnEdu tab, and the run date (after Cả năm). */
export function sampleSecondarySchool(spec = sampleSecondarySpec()): {
  workbook: ExcelJS.Workbook; layouts: Record<string, SchoolLayout>; vnedu: SecondarySheet; today: string;
} {
  const workbook = new ExcelJS.Workbook();
  const layouts: Record<string, SchoolLayout> = {};
  spec.rosters.forEach((r, i) => {
    const extra = i === spec.rosters.length - 1 ? { classes: spec.classes, config: spec.config } : {};
    layouts[r.spec.rosterName as string] = buildSchoolWorkbook({ ...r.spec, ...extra }, workbook).layout;
  });
  const targets = workbook.addWorksheet('Chỉ tiêu');
  for (const row of spec.targets) targets.addRow(row);
  const vnedu = addSecondarySheet(workbook, spec.vnedu);
  return { workbook, layouts, vnedu, today: SECONDARY_SAMPLE_TODAY };
}
