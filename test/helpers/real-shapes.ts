// Generated workbooks in the shape of the real THPT exports 07 (khối 10, TT22: 10u, 10d) and 08
// (khối 12, TT58: three copies of 12C3), with the counts ../shared/realdata/README.md states for
// them (students, scores below 5,0, KQHT / Học lực, KQRL / Hạnh kiểm, Buổi nghỉ). Made-up names and
// codes; no cell is copied from the real files.

import { THPT_10D, THPT_10U, THPT_12_TT58, secondaryClass, type SecondaryTab } from '../../local/vnedu-export-secondary';

/** 10u: 23 students, none below 5,0; KQHT Tốt 11 / Khá 12; KQRL Tốt 23; 5 absent, at most 2; Số định danh filled; Miễn in electives. */
export function shape10u(): SecondaryTab {
  return {
    sheet: '10u', className: '10U', grade: 10, point: 'HK2', year: 2023, regime: 'TT22', subjects: THPT_10U,
    students: secondaryClass(23, 9126490095, 2008, (i) => ({
      personalId: `0602081${String(i).padStart(5, '0')}`,
      marks: { Toán: 7.8, Lí: i % 3 === 0 ? 'Miễn' : 6.7, Hóa: i % 2 === 0 ? 'Miễn' : 5, Tin: i % 2 === 1 ? 'Miễn' : 9, 'Tiếng Pháp': 'Miễn', Văn: 8.8000000000000007 },
      learning: i < 11 ? 'Tốt' : 'Khá',
      conduct: 'Tốt',
      absences: i < 5 ? [i % 2 === 0 ? 2 : 1, 0, i % 2 === 0 ? 2 : 1] : [0, 0, 0],
    })),
  };
}

/** 10d: 23 students, one below 5,0 (row 15: Toán 4,6, Lí 4,7, KQHT Đạt); Tốt 12 / Khá 10 / Đạt 1; 13 absent, at most 3; Nhạc Miễn. */
export function shape10d(): SecondaryTab {
  return {
    sheet: '10d', className: '10D', grade: 10, point: 'HK2', year: 2023, regime: 'TT22', subjects: THPT_10D,
    students: secondaryClass(23, 9126491607, 2008, (i) => ({
      marks: i === 7 ? { Toán: 4.6, Lí: 4.7, Hóa: 'Miễn', Nhạc: 'Miễn', 'Tiếng Anh': 5 } : { Nhạc: 'Miễn', Lí: i % 4 === 0 ? 'Miễn' : 7 },
      learning: i === 7 ? 'Đạt' : i < 13 ? 'Tốt' : 'Khá',
      conduct: 'Tốt',
      absences: i < 13 ? [i === 12 ? 3 : 1, 0, i === 12 ? 3 : 1] : [0, 0, 0],
    })),
  };
}

/** 08's class 12C3 (TT58): 35 students, none below 5,0; Giỏi 28 / Khá 7; Tốt 34 / Khá 1; 20 absent, at most 16 (P 15, K 1); three late arrivals. */
export function shape12c3(sheet: string): SecondaryTab {
  const students = secondaryClass(35, 9051875561, 2006, (i) => ({
    learning: i < 28 ? 'Giỏi' : 'Khá',
    conduct: i === 30 ? 'Khá' : 'Tốt',
    absences: i === 33 ? [15, 1, 16] : i < 19 ? [2, 0, 2] : [0, 0, 0],
  }));
  // The last three rows arrived late: Mã học sinh below the rest of the class.
  students.slice(32).forEach((s, k) => { s.id = 9051875500 + k; });
  return { sheet, className: '12C3', grade: 12, point: 'HK2', year: 2023, regime: 'TT58', subjects: THPT_12_TT58, students };
}
