// The grade table of seed 000 (TH Tiến Hưng A, 2025-2026, "Đầu năm"), rebuilt as a roster:
// per khối, THHS spread over the classes of the Lớp tab and the students needing support marked
// so that each area count matches the printed table. The document printed TC = 1611; its rows add up to 1511.

export const SEED_000 = [
  { grade: 1, students: 252, need: 34, byArea: { Toán: 30, 'Tiếng Việt': 31, 'Năng lực': 29, 'Phẩm chất': 25 } },
  { grade: 2, students: 322, need: 22, byArea: { Toán: 14, 'Tiếng Việt': 19, 'Năng lực': 3, 'Phẩm chất': 2 } },
  { grade: 3, students: 341, need: 10, byArea: { Toán: 7, 'Tiếng Việt': 10, 'Năng lực': 10, 'Phẩm chất': 10 } },
  { grade: 4, students: 284, need: 15, byArea: { Toán: 15, 'Tiếng Việt': 15, 'Năng lực': 15, 'Phẩm chất': 15 } },
  { grade: 5, students: 312, need: 15, byArea: { Toán: 14, 'Tiếng Việt': 15, 'Năng lực': 15, 'Phẩm chất': 15 } },
];

const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'] as const;
const CLASSES_PER_GRADE = 8;

export interface SeedStudent {
  name: string;
  className: string;
  supporter: string;
  birth: string;
  ratings: { DN: Record<string, string> };
}

export function seed000School(): { classes: Array<[string, number, string, number]>; students: SeedStudent[] } {
  const classes: Array<[string, number, string, number]> = [];
  const students: SeedStudent[] = [];
  for (const row of SEED_000) {
    const names = Array.from({ length: CLASSES_PER_GRADE }, (_, i) => `${row.grade}${String.fromCharCode(65 + i)}`);
    names.forEach((name, i) => {
      const size = Math.floor(row.students / CLASSES_PER_GRADE) + (i < row.students % CLASSES_PER_GRADE ? 1 : 0);
      classes.push([name, row.grade, `GV ${name}`, size]);
    });
    for (let i = 0; i < row.need; i++) {
      // Even areas mark the first students, odd areas the last: Toán and Tiếng Việt together cover everyone.
      const marks: Record<string, string> = {};
      AREAS.forEach((area, k) => {
        const count = row.byArea[area];
        if (k % 2 === 0 ? i < count : i >= row.need - count) marks[area] = 'x';
      });
      students.push({
        name: `Học Sinh ${row.grade}-${i + 1}`,
        className: names[i % CLASSES_PER_GRADE],
        supporter: 'GV hỗ trợ',
        birth: `${String((i % 28) + 1).padStart(2, '0')}/05/${2019 - row.grade}`,
        ratings: { DN: marks },
      });
    }
  }
  return { classes, students };
}
