// A small school whose targets were worked out by hand (see test/core/targets.test.ts).

import type { StudentSpec } from './grid';

// A school counted by hand: khối 1 has one class of 40, khối 2 two classes (30 + 40 = 70).
// Cuối học kì I needs: khối 1 An (Toán), Bình (TV, NL), Chi (PC);
//                      khối 2 Dũng (Toán), Em (Toán, TV), Giang (Toán), Hà (NL).
export const HAND_COUNTED: StudentSpec[] = [
  { name: 'An', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'Đ' } } },
  { name: 'Bình', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H', 'Tiếng Việt': 'C', 'Năng lực': 'C', 'Phẩm chất': 'Đ' } } },
  { name: 'Chi', className: '1A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'H', 'Tiếng Việt': 'H', 'Năng lực': 'Đ', 'Phẩm chất': 'C' } } },
  { name: 'Dũng', className: '2A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
  { name: 'Em', className: '2A', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C', 'Tiếng Việt': 'C' } } },
  { name: 'Giang', className: '2B', supporter: 'Cô Lan', ratings: { CKI: { Toán: 'C' } } },
  { name: 'Hà', className: '2B', supporter: 'Cô Lan', ratings: { CKI: { 'Năng lực': 'C' } } },
];
export const HAND_CLASSES: Array<[string, number, string, number]> = [['1A', 1, 'Cô Lan', 40], ['2A', 2, 'Cô Mai', 30], ['2B', 2, 'Thầy Nam', 40]];
export const HAND_TARGETS: string[][] = [
  ['Chỉ tiêu Toán', '99%'], ['Chỉ tiêu Toán khối 2', '97%'], ['Chỉ tiêu môn học', 'trên 95%'],
  ['Chỉ tiêu năng lực, phẩm chất', '100%'],
];

