// One Student as the readers produce it, for core tests of the rules that take students.
import type { Student } from '../../src/core/model';

export function student(over: Partial<Student> = {}): Student {
  return { sheet: 'Danh sách', row: 2, studentId: '', name: 'Lê Văn An', className: '10A1', classKey: '10A1', grade: 10,
    disability: false, supporters: [], reviews: {}, excluded: false, ...over };
}
