// A small school for the writer's tests: one student without a class (a Kiểm tra link), flagged
// students at two review points (Theo dõi links).
import { buildSchoolWorkbook } from '../../local/workbook-builder';

export const AREAS = ['Toán', 'Tiếng Việt', 'Năng lực', 'Phẩm chất'];
// Đỡ đầu too: the small school's students have a GV hỗ trợ (PRODUCT 3, step 6).
export const GENERATED = ['Kiểm tra', 'Tổng hợp', 'Theo dõi', 'Lịch tháng', 'Đỡ đầu'];

export function smallSchool() {
  return buildSchoolWorkbook({
    title: ['TRƯỜNG TIỂU HỌC THỬ'], headerStyle: 'two-row', points: ['DN', 'GKI'], areas: AREAS,
    students: [
      { name: 'Phạm Gia An', className: '1A', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' } } },
      { name: 'Vũ Thị Cúc', className: '1A', supporter: '', ratings: { GKI: { 'Phẩm chất': 'C' } } },
      { name: 'Đinh Hà Giang', className: '', supporter: 'Cô Lan', ratings: { DN: { Toán: 'x' }, GKI: { Toán: 'C' } } },
    ],
    classes: [{ name: '1A', grade: 1, teacher: 'Cô Hoa', size: 30 }],
    config: [['Tên trường', 'Trường Tiểu học Thử'], ['Năm học', '2025-2026']],
  });
}
