// The frame of the printed Tổng hợp as Nghị định 30/2020 lays out a report (DOMAIN.md 4): the
// header (cơ quan chủ quản and TÊN TRƯỜNG left, Quốc hiệu and tiêu ngữ right, each with its rule;
// the Số/ký hiệu line level with the place-and-date line), the title, and at the foot Nơi nhận
// beside the signature block.

import type { Analysis } from '../analyse';
import { pad2 } from '../text';
import type { Builder } from './builder';

/** The left block's columns: TÊN TRƯỜNG spans 1..SPLIT, its short rule is the middle one. */
export const SPLIT = 3;

/** "An Hòa, ngày 05 tháng 01 năm 2026": days below 10 and months 1-2 with a leading zero. */
function dateLine(analysis: Analysis): string {
  const { today, config } = analysis;
  const place = config.place || '...........';
  return `${place}, ngày ${pad2(today.day)} tháng ${pad2(today.month)} năm ${today.year}`;
}

/** "Số: 15/BC-THHB"; without a number the văn thư writes it in the gap; unset, the whole line is left to fill. */
export function numberLine(documentNumber: string): string {
  if (!documentNumber) return 'Số:        /BC-........';
  return documentNumber.startsWith('/') ? `Số:        ${documentNumber}` : `Số: ${documentNumber}`;
}

/** TÊN TRƯỜNG as printed. */
export function schoolNameLine(config: Analysis['config']): string {
  return (config.schoolName || 'TÊN TRƯỜNG').toUpperCase();
}

/**
 * Rows 1-3 of a printed document: cơ quan chủ quản and TÊN TRƯỜNG left, Quốc hiệu and tiêu ngữ
 * right, each with its rule, and the place-and-date line; the Số line beside it unless `withNumber`
 * is false (an annex such as Đỡ đầu carries its plan's number in its own line), over columns 1..`width`
 * (Đỡ đầu's printed columns; screen-only columns lie beyond). Returns the first row.
 */
export function documentHead(b: Builder, analysis: Analysis, withNumber = true, width = b.width): number {
  const { config } = analysis;
  const agency = b.add();
  b.span(agency, 1, SPLIT, (config.agency || 'CƠ QUAN CHỦ QUẢN').toUpperCase(), 'center');
  b.span(agency, SPLIT + 1, width, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'center', 'bold');
  const school = b.add();
  b.span(school, 1, SPLIT, schoolNameLine(config), 'center', 'bold');
  // The tiêu ngữ's rule is as long as it: its underline.
  b.span(school, SPLIT + 1, width, 'Độc lập - Tự do - Hạnh phúc', 'center', 'bold', 'underline');
  // Under TÊN TRƯỜNG a short rule (the top border of the middle column, a third of the name's
  // width), then the số line, written in that middle cell and spilling over both sides as it is centred.
  const number = b.add();
  b.style('ruleAbove', b.rowRange(number, 2, 2));
  if (withNumber) {
    b.rows[number - 1] = [null, numberLine(config.documentNumber)];
    b.style('center', b.rowRange(number, 2, 2));
  }
  b.span(number, SPLIT + 1, width, dateLine(analysis), 'center', 'italic');
  return agency;
}

/** Rows 1-7: the header, the title and the trích yếu (`subjectLine`). */
export function reportHeader(b: Builder, analysis: Analysis, subjectLine: string): void {
  const width = b.width;
  const agency = documentHead(b, analysis);
  b.add();
  const title = b.add();
  b.span(title, 1, width, 'BÁO CÁO', 'center', 'title');
  const subject = b.add();
  b.span(subject, 1, width, subjectLine, 'center', 'bold');
  b.add();
  b.keep(agency, subject);
}

/**
 * Nơi nhận (12 pt bold italic label, 11 pt entries "- …;") beside the signer's title, room for the
 * signature and the stamp, then the signer's name in bold. The block takes the last rows before it
 * (`lastContent`) to its page: a page with only a signature is not signed.
 */
export function signatureBlock(b: Builder, analysis: Analysis, lastContent: number): void {
  const { config } = analysis;
  const width = b.width;
  const start = b.add();
  b.span(start, 1, SPLIT, 'Nơi nhận:', 'boldItalic', 'label');
  const titleLines = config.signerTitle.length > 0 ? config.signerTitle : ['HIỆU TRƯỞNG'];
  const recipients = config.recipients.map((line) => (line.startsWith('-') ? line : '- ' + line));
  // Four rows under the title for the signature and the stamp.
  const lines = Math.max(recipients.length + 1, titleLines.length + SIGNATURE_ROOM);
  for (let i = 1; i < lines; i++) b.add();
  titleLines.forEach((line, i) => b.span(start + i, SPLIT + 1, width, line.toUpperCase(), 'center', 'bold'));
  recipients.forEach((line, i) => b.span(start + 1 + i, 1, SPLIT, line, 'small'));
  const nameRow = b.add();
  b.span(nameRow, SPLIT + 1, width, config.signerName, 'center', 'bold');
  b.keep(Math.max(1, lastContent - 1), nameRow);
}

/** Rows left under the signer's title for the signature and the stamp. */
const SIGNATURE_ROOM = 4;
