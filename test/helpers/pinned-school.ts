// A small school whose every number is worked out by hand (the tables below), for the pinned
// tests of the printed Tổng hợp, Theo dõi and Kiểm tra.
//
// The school: Lớp tab gives 1A (Sĩ số 10) and 1B (12), so khối 1 has THHS 22 from the Lớp tab;
// 2A is listed without Sĩ số, so khối 2 counts its 3 roster rows. Seven students, three review
// points (Đầu năm, Giữa học kì I, Cuối học kì I); the run is on 20/01/2026, so CKI (December) is past.
//
//            ĐN            GKI               CKI                 HSKT  GV hỗ trợ
//   An   1A  Toán, TV      Toán              Toán, NL            x     Cô Lan
//   Bình 1A  NL            TV                (all fine)                —
//   Chi  1B  —             Toán,TV,NL,PC     TV                        Thầy Nam
//   Hà   1B  —             TV                (not rated)               Cô Lan
//   Dũng 2A  Toán          (all fine)        Toán, PC                  Cô Hoa
//   Em   2A  —             Toán              Toán, TV            x     —
//   Giang 2A —             (all fine)        Toán                      Cô Hoa
//

import { classGrid, type StudentSpec } from './grid';

const ok = { Toán: 'H', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' };
export const STUDENTS: StudentSpec[] = [
  { name: 'Trần Văn An', className: '1A', supporter: 'Cô Lan', disability: true, ratings: {
    DN: { Toán: 'x', 'Tiếng Việt': 'x' }, GKI: { ...ok, Toán: 'C' }, CKI: { ...ok, Toán: 'C', 'Năng lực': 'C' } } },
  { name: 'Lê Thị Bình', className: '1A', ratings: {
    DN: { 'Năng lực': 'x' }, GKI: { ...ok, 'Tiếng Việt': 'C' }, CKI: ok } },
  { name: 'Phạm Minh Chi', className: '1B', supporter: 'Thầy Nam', ratings: {
    GKI: { Toán: 'C', 'Tiếng Việt': 'C', 'Năng lực': 'C', 'Phẩm chất': 'C' }, CKI: { ...ok, 'Tiếng Việt': 'C' } } },
  { name: 'Võ Thu Hà', className: '1B', supporter: 'Cô Lan', ratings: { GKI: { ...ok, 'Tiếng Việt': 'C' } } },
  { name: 'Đỗ Văn Dũng', className: '2A', supporter: 'Cô Hoa', ratings: {
    DN: { Toán: 'x' }, GKI: ok, CKI: { ...ok, Toán: 'C', 'Phẩm chất': 'C' } } },
  { name: 'Ngô Thị Em', className: '2A', disability: true, ratings: {
    GKI: { ...ok, Toán: 'C' }, CKI: { ...ok, Toán: 'C', 'Tiếng Việt': 'C' } } },
  { name: 'Bùi Văn Giang', className: '2A', supporter: 'Cô Hoa', ratings: { GKI: ok, CKI: { ...ok, Toán: 'C' } } },
];
export const CLASSES = classGrid([['1A', 1, 'Cô Mai', 10], ['1B', 1, 'Cô Đào', 12], ['2A', 2, 'Thầy Bảo', '']]);
export const CONFIG = { name: 'Cấu hình', values: [
  ['Cơ quan chủ quản', 'UBND xã Hòa An'], ['Tên trường', 'Trường Tiểu học Hòa An'], ['Địa danh', 'Hòa An'],
  ['Người ký', 'Trần Thị Mai'], ['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
  ['Nơi nhận', 'Phòng GDĐT (để báo cáo);\n- Lưu: VT.'],
] };
