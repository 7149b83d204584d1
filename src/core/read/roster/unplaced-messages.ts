// What to say at the header cell of a column holding ratings nobody placed (unplaced.ts): one
// function per thing its labels lack or say twice, each naming the label to write instead.

import { hasParts, matchPart, partNames } from '../../parts';
import { columnLetters, tidy } from '../../text';
import {
  areasNamed, isComponentOf, isLanguageArea, wordsOfLabel, labelWords, FOREIGN_LANGUAGE, pointsNamed, readHeaderLabel, REVIEW_POINTS, SECOND_FOREIGN, type HeaderLabel, type ReviewPointCode,
} from '../../vocab';
import { pointsAgree } from './columns';

/**
 * How the tab's review points are named: Cuối kì II only with a secondary khối, Cả năm when every
 * khối is secondary; `primary` when a row is of a primary khối (or of none known).
 */
export interface TabPointNames { secondary: boolean; primary: boolean; of: (point: ReviewPointCode) => string }

/** A header label over an unplaced column, with its 0-based cell (the top-left of its merge). */
export interface ReadLabel { row: number; column: number; text: string; label: HeaderLabel }

/** Where to point at (0-based row, 1-based column when not the column's own) and what to say. */
export interface Placement { at: { row: number; column?: number }; message: string }

/** What one case knows of the column: its letter, its labels top down, the tab's lowest header row and how it names points. */
interface Column { letter: string; read: ReadLabel[]; lowest: number; names: TabPointNames }

// Cuối học kì II is named by secondary schools only; at primary it is Cuối năm.
function pointNames(names: TabPointNames): string {
  return REVIEW_POINTS.filter((p) => names.secondary || p.code !== 'CKII').map((p) => names.of(p.code)).join(', ');
}

/** Areas to name in a message, of the tab's own levels. */
function areaExamples(names: TabPointNames): string {
  if (!names.secondary) return 'Toán, Tiếng Việt, Năng lực, Phẩm chất';
  return names.primary ? 'Toán, Tiếng Việt, Năng lực, Ngữ văn, KHTN' : 'Toán, Ngữ văn, Ngoại ngữ, KHTN, Học tập';
}

/** A label naming a review point and several subjects: one subject a column, with examples of the tab's level. */
function severalAreas(column: string, text: string, point: string, names: TabPointNames): string {
  // "Tiếng Pháp (NN1)": a language and a foreign-language rank, which one counts is not guessed.
  if (areasNamed(text).every((a) => a === FOREIGN_LANGUAGE || a === SECOND_FOREIGN)) {
    return `Cột ${column} "${text}" thuộc mốc ${point} nhưng ghi hai tên ngoại ngữ trong một tiêu đề, nên chưa được tính. `
      + 'Ghi "Ngoại ngữ" (hoặc tên thứ tiếng, ví dụ "Tiếng Pháp") cho ngoại ngữ thứ nhất của lớp, "Ngoại ngữ 2" cho ngoại ngữ thứ hai, ví dụ "HK1 - Ngoại ngữ".';
  }
  const examples = names.secondary ? '"HK1 - KHTN (Lí)", "HK1 - KHTN (Hóa)"' : '"GKI - Toán", "GKI - Tiếng Việt"';
  return `Cột ${column} "${text}" thuộc mốc ${point} nhưng ghi nhiều môn trong một tiêu đề, nên chưa được tính. Mỗi cột ghi một môn, ví dụ ${examples}.`;
}

/** Whether a label holds one of `words` as a whole word. */
const saysWord = (text: string, words: readonly string[]) => labelWords(text).some((w) => words.includes(w));

/**
 * "Anh", "TA", "T.Anh": a teacher's short name for Tiếng Anh, never read as it (Anh is a given name, Tạ a family
 * name, "Ảnh" a photo), so named in the message with the label to write.
 */
function englishHint(read: readonly ReadLabel[]): string {
  return read.some((l) => saysWord(l.text, ['anh', 'ta', 'tanh'])) ? ' Nếu đây là môn Tiếng Anh, ghi "Tiếng Anh" (hoặc "Ngoại ngữ").' : '';
}

/** The hint for labels one of which is "CN" (Công nghệ to a teacher, Cả năm to the reader), with the label rewritten when it is one. */
function cnHint(labels: ReadonlyArray<{ text: string }>): string {
  const named = labels.filter((l) => saysWord(l.text, ['cn']));
  if (named.length === 0) return '';
  // Rewritten on the label as typed, so its case and diacritics stay.
  const rewritten = named.length === 1 ? tidy(named[0].text).replace(/(^|[^\p{L}\p{N}])CN(?=[^\p{L}\p{N}]|$)/iu, '$1Công nghệ') : '';
  return ` Nếu "CN" ở đây là môn Công nghệ, ghi "Công nghệ" thay cho "CN"${rewritten && rewritten !== 'Công nghệ' ? ` (ví dụ "${rewritten}")` : ''}.`;
}

/** "Cuối năm" over Toán over "Mức đạt được cuối học kì I": two labels of the path, two points that disagree. */
function twoPointsOnPath({ letter, read }: Column): Placement | undefined {
  const pointLabels = read.filter((l) => l.label.reviewPoint).map((l) => ({ ...l, point: l.label.reviewPoint as ReviewPointCode }));
  const other = pointLabels.find((l) => !pointsAgree(pointLabels[0], l));
  if (!other) return undefined;
  return { at: { row: other.row }, message: `Cột ${letter} có hai tiêu đề ghi hai mốc khác nhau ("${pointLabels[0].text}" và "${other.text}"), nên chưa được tính. Sửa hoặc xóa một trong hai để cột chỉ thuộc một mốc.${cnHint(pointLabels)}` };
}

/** "Toán" over "Tin học" or "HK2 Ngữ văn năm trước": two labels of the path naming two subjects (no part, language or subject of a combined one). */
function twoAreasOnPath({ letter, read }: Column): Placement | undefined {
  const areaLabels = read.filter((l) => l.label.area);
  const first = areaLabels[0];
  const other = areaLabels.find((l) => {
    const [a, b] = [first.label.area as string, l.label.area as string];
    return a !== b && !isComponentOf(a, b) && !isComponentOf(b, a) && !(isLanguageArea(a) && isLanguageArea(b)) && matchPart(l.text, a) === undefined;
  });
  if (!other) return undefined;
  return { at: { row: other.row }, message: `Cột ${letter} có hai tiêu đề ghi hai môn khác nhau ("${first.text}" và "${other.text}"), nên chưa được tính. Sửa hoặc xóa một trong hai để cột chỉ thuộc một môn.` };
}

/** An area and no point: at the group label over it when there is one, else at the column's own. */
function pointMissing({ letter, read, lowest, names }: Column, area: ReadLabel): Placement {
  const group = read.find((l) => l !== area);
  return group
    ? { at: { row: group.row, column: group.column + 1 }, message: `Các cột dưới tiêu đề "${group.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Đổi tiêu đề thành tên một mốc: ${pointNames(names)}.` }
    : { at: { row: lowest }, message: `Cột ${letter} "${area.text}" có kết quả đánh giá nhưng không rõ của mốc nào, nên chưa được tính. Ghi tên mốc vào tiêu đề (ví dụ "GKI - ${area.label.area}"), hoặc ghi mốc ở ô gộp phía trên các cột môn.` };
}

/** A point and no area: the label under the point is no subject (or names several), or there is none. */
function areaMissing({ letter, read, lowest, names }: Column, point: ReadLabel): Placement {
  const below = read.find((l) => l.row > point.row);
  const pointLabel = names.of(point.label.reviewPoint as ReviewPointCode);
  const own = below ?? point;
  if (areasNamed(own.text).length > 1) return { at: { row: own.row }, message: severalAreas(letter, own.text, pointLabel, names) };
  const hints = `${englishHint(read)}${cnHint(read)}`;
  return below
    ? { at: { row: below.row }, message: `Cột ${letter} thuộc mốc ${pointLabel} nhưng tiêu đề "${below.text}" không phải tên môn hay nội dung đánh giá, nên chưa được tính. Đổi thành ${areaExamples(names)} hoặc tên một môn học.${hints}` }
    : { at: { row: lowest }, message: `Cột ${letter} thuộc mốc ${pointLabel} nhưng thiếu tên môn, nên chưa được tính. Ghi tên môn (${areaExamples(names)} …) vào ô tiêu đề.${hints}` };
}

/** One label naming two points ("HK1 - CN"). */
function twoPointsInLabel({ letter, read, names }: Column): Placement | undefined {
  const twoPoints = read.find((l) => pointsNamed(l.text).length > 1);
  if (!twoPoints) return undefined;
  const said = pointsNamed(twoPoints.text).map((p) => names.of(p)).join(' và ');
  return { at: { row: twoPoints.row }, message: `Cột ${letter} "${twoPoints.text}" ghi hai mốc (${said}) trong một tiêu đề, nên chưa được tính. Mỗi cột ghi một mốc và một môn, ví dụ "HK1 - Toán".${cnHint([twoPoints])}` };
}

/** A label under an area with parts that is none of its parts. */
function unknownPart({ letter, names }: Column, point: ReadLabel, area: ReadLabel, own: ReadLabel): Placement | undefined {
  if (own.row <= area.row || own.label.area || own.label.reviewPoint || !hasParts(area.label.area as string)) return undefined;
  const name = area.label.area as string;
  return { at: { row: own.row }, message: `Cột ${letter} thuộc ${name} của mốc ${names.of(point.label.reviewPoint as ReviewPointCode)} nhưng tiêu đề "${own.text}" không phải một phần của ${name} mà tiện ích biết, nên chưa được tính. Đổi tiêu đề thành một trong: ${partNames(name).join(', ')}.` };
}

/** "Điểm Toán HK1", "Toán KTCK HK1": a point and a subject, with a word nobody knows. */
function unknownWords({ letter, names }: Column, own: ReadLabel): Placement | undefined {
  if (!own.label.reviewPoint || !own.label.area) return undefined;
  const words = wordsOfLabel(own.text);
  const plain = words.naming.join(' ');
  if (words.unknown.length === 0 || !readHeaderLabel(plain).clear) return undefined;
  const said = words.unknown.map((w) => `"${w}"`).join(', ');
  const point = names.of(own.label.reviewPoint);
  return { at: { row: own.row }, message: `Cột ${letter} "${own.text}" ghi mốc ${point} và môn ${own.label.area} nhưng có thêm ${said} mà tiện ích không hiểu, nên chưa được tính. `
    + `Nếu đây là cột ${own.label.area} của mốc ${point}, bỏ ${words.unknown.length > 1 ? 'các chữ' : 'chữ'} đó (ví dụ "${plain}"); nếu là cột khác (điểm thi lại, ghi chú …), chuyển cột này sang một trang khác.` };
}

/** What a column's header labels lack: a review point, an area, or both; or what they say twice. */
export function placement(c: number, read: ReadLabel[], lowest: number, names: TabPointNames): Placement {
  const column: Column = { letter: columnLetters(c + 1), read, lowest, names };
  // The lowest label naming a point is the most exact ("HỌC KỲ I" over "Giữa kỳ I": Giữa kì I).
  const point = [...read].reverse().find((l) => l.label.reviewPoint && !l.label.area);
  const area = read.find((l) => l.label.area && !l.label.reviewPoint);
  const onPath = twoPointsOnPath(column) ?? twoAreasOnPath(column);
  if (onPath) return onPath;
  if (area && !point) return pointMissing(column, area);
  if (point && !area) return areaMissing(column, point);
  const own = read[read.length - 1];
  const inLabel = twoPointsInLabel(column);
  if (inLabel) return inLabel;
  if (!own) return { at: { row: lowest }, message: `Cột ${column.letter} có kết quả đánh giá nhưng không có tiêu đề, nên chưa được tính. Ghi tiêu đề, ví dụ "GKI - Toán" (mốc - môn); nếu không phải cột đánh giá thì xóa các ô này.` };
  return (point && area ? unknownPart(column, point, area, own) : undefined) ?? unknownWords(column, own)
    ?? { at: { row: own.row }, message: `Cột ${column.letter} có kết quả đánh giá nhưng tiêu đề "${own.text}" không rõ là môn nào của mốc nào, nên chưa được tính. Đổi tiêu đề thành, ví dụ, "GKI - Toán" (mốc - môn), hoặc ghi mốc ở ô gộp phía trên và tên môn ở ô dưới.` };
}
