// The head of a printed document as NĐ 30/2020 lays it out (DOMAIN.md 4): cơ quan chủ quản and TÊN
// TRƯỜNG on the left, Quốc hiệu and tiêu ngữ on the right, the italic place-and-date line.

import type { Analysis } from '../analyse';
import { pad2 } from '../text';
import type { Builder } from './builder';

/** "Đắk Song, ngày 05 tháng 11 năm 2025": the run date, leading zeros as NĐ 30 writes them. */
export function dateLine(analysis: Analysis): string {
  const { today, config } = analysis;
  const place = config.place || '...........';
  return `${place}, ngày ${pad2(today.day)} tháng ${pad2(today.month)} năm ${today.year}`;
}

/** Rows 1–3 of the builder: the left block over columns 1..split, the right block over the rest. */
export function documentHeader(b: Builder, analysis: Analysis, width: number, split: number): void {
  const { config } = analysis;
  const first = b.add();
  b.span(first, 1, split, (config.agency || 'CƠ QUAN CHỦ QUẢN').toUpperCase(), 'center', 'wrap');
  b.span(first, split + 1, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', 'bold');
  const second = b.add();
  b.span(second, 1, split, (config.schoolName || 'TÊN TRƯỜNG').toUpperCase(), 'center', 'bold', 'wrap');
  b.span(second, split + 1, width, 'Độc lập - Tự do - Hạnh phúc', 'center', 'bold');
  const third = b.add();
  b.span(third, split + 1, width, dateLine(analysis), 'center', 'italic');
}
