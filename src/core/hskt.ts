// What an HSKT cell says, as a closed vocabulary: yes words (x, có, ✓, HSKT, KT), the kinds of
// disability and their short forms ("KT nhẹ", "khuyết tật trí tuệ", "tự kỷ"), a severity or "học
// hòa nhập" around them, and no words. A suspicion or a pending status ("nghi tự kỷ", "đang chờ
// xác nhận", "chưa có giấy") is not a disability yet: it is said at the cell and not counted.
// Anything else cannot be told and is said at the cell too.

import { fold, foldCompact } from './text';

export type HsktReading = 'yes' | 'no' | 'pending' | 'unclear';

// "Không", "Không có", "Không khuyết tật", "Không phải HSKT": anything starting with không is a no.
const NO_WORDS = new Set(['', 'k', 'ko', 'false', '0', 'no', '-', 'n', 'binhthuong']);
const YES_WORDS = new Set(['x', 'co', 'c', '✓', '✔', 'v', '√', 'true', '1', 'yes', '\uf0fc']);

// Kinds of disability as teachers write them, compact (folded, no spaces), with their short forms.
const KINDS = [
  'khuyettat', 'hskt', 'kt', 'khiemthinh', 'khiemthi', 'tritue', 'tuky', 'tuki', 'vandong', 'ngonngu', 'nghenoi', 'nghe', 'nhin',
  'datat', 'down', 'hoichungdown', 'tangdong', 'giamchuy', 'roiloan', 'photuky', 'champhattrien', 'camdiec', 'thiluc', 'thinhluc',
  'mu', 'diec', 'cam', 'thankinh', 'tamthan', 'hockhokhan', 'khokhanvehoc', 'ktvd', 'kttt', 'ktnn', 'ktnghe', 'ktnhin',
];
// Words around a kind that do not change it: how severe, how the child learns, joiners.
const AROUND = new Set(['hoc', 'sinh', 'hs', 'muc', 'do', 'nhe', 'nang', 'vua', 'dac', 'biet', 'hoa', 'nhap', 'va', 'co', 'giay',
  'xac', 'nhan', 'dang', 'loai', 'khac', 'the', 've', 'bi', 'tre', 'em']);

// A suspicion or a status still pending: never counted, said at the cell.
const PENDING = /\b(nghi|nghi ngo|co the|co dau hieu|dang cho|cho xac nhan|cho giam dinh|cho ket qua|chua co giay|chua xac nhan|chua giam dinh|chua co ket qua|dang lam ho so|dang kham|chua kham)\b/;

/** The compact text consumed entirely by known kinds, longest first ("khuyettattritue" → khuyettat + tritue). */
function isKinds(compact: string): boolean {
  if (compact === '') return false;
  // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: the size only pre-sizes; isKinds is only read for truthiness and an unset cell reads as undefined, falsy like false
  const reach = new Array<boolean>(compact.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < compact.length; i++) {
    if (!reach[i]) continue;
    for (const kind of KINDS) if (compact.startsWith(kind, i)) reach[i + kind.length] = true;
  }
  return reach[compact.length];
}

/** Reads an HSKT cell; true, 1, false and 0 read as their text. */
export function readHskt(value: unknown): HsktReading {
  const text = String(value ?? '');
  const key = foldCompact(text);
  if (NO_WORDS.has(key) || key.startsWith('khong')) return 'no';
  if (YES_WORDS.has(key)) return 'yes';
  const folded = fold(text);
  if (PENDING.test(folded)) return 'pending';
  // Stryker disable next-line StringLiteral: only lets empty words through, which join('') drops
  const words = folded.split(/[^a-z0-9]+/).filter((w) => w !== '' && !AROUND.has(w));
  return isKinds(words.join('')) ? 'yes' : 'unclear';
}

/** What an HSKT cell says: yes, no, or undefined when it is not a disability the school has confirmed. */
export function readDisability(value: unknown): boolean | undefined {
  const reading = readHskt(value);
  return reading === 'yes' ? true : reading === 'no' ? false : undefined;
}
