// Hoàn cảnh cells that say "no hardship" in ways schools write (a tester's findings): they made the
// Hoàn cảnh signal, and with one more signal the student was "Nguy cơ bỏ học", without a word. An
// unticked checkbox (false) is no hardship; a ticked one (true) is "Có". Anything else stays a hardship as written.
import { writesNoHardship } from '../../src/core/read/nothing-written';
import { run } from '../helpers/grid';

describe('Hoàn cảnh that writes no hardship', () => {
  it.each([['Không HCKK'], ['Không có HCKK'], ['Không có HC khó khăn'], ['Không (bình thường)'], ['Bình thường, ổn định'], ['—'], ['–'], ['/'],
    ['FALSE'], ['false']])('%p writes none', (text) => {
    expect(writesNoHardship(text)).toBe(true);
  });

  // A description is a Hoàn cảnh written, kept as written (F9, nobody-yet.test.ts): nothing is inferred from "Khá giả".
  it.each([['Không có bố'], ['Không đủ bố mẹ'], ['Có (mồ côi cha)'], ['Bình thường, mồ côi mẹ'], ['Hộ nghèo'], ['x'], ['Có'], ['TRUE'], ['Khá giả'], ['0 (không)']])('%p is a hardship', (text) => {
    expect(writesNoHardship(text)).toBe(false);
  });

  it('through a school: an unticked checkbox is no hardship, a ticked one is "Có"', () => {
    const a = run([{ name: 'Cấu hình', values: [['Năm học', '2025-2026']] }, { name: 'Danh sách', values: [
      ['Họ và tên', 'Lớp', 'GV hỗ trợ', 'Hoàn cảnh khó khăn', 'GKI - Toán'],
      ['Lê Văn An', '4A', 'Cô Lan', false, 'C'], ['Phạm Thị Bình', '4A', 'Cô Lan', true, 'C']] }], '2025-11-20');
    expect(a.roster.students.map((s) => [s.name, s.hardship])).toEqual([['Lê Văn An', undefined], ['Phạm Thị Bình', 'Có']]);
  });
});

describe('a hardship written in a note is one (review of the rule above)', () => {
  it.each([['Bình thường (bố mẹ ly hôn)'], ['BT (bố mẹ ly hôn)'], ['Khá (hộ nghèo)'], ['Không thuộc hộ nghèo (nhưng bố mất)'], ['Không (mồ côi cha)'], ['- (mẹ bỏ đi)'], ['Ô']])(
    '%p is a hardship', (text) => {
      expect(writesNoHardship(text)).toBe(false);
    });

  it('"Không" with a note saying no hardship too: none; with any other answer the note is kept', () => {
    expect(writesNoHardship('Không (bình thường)')).toBe(true);
    expect(writesNoHardship('Không (đủ bố mẹ)')).toBe(false);
  });
});

describe('"BT" before a note saying no hardship (review)', () => {
  it('"BT (ổn định)" is none; "BT (bố mẹ ly hôn)" is a hardship', () => {
    expect(writesNoHardship('BT (ổn định)')).toBe(true);
    expect(writesNoHardship('BT (bố mẹ ly hôn)')).toBe(false);
  });
});
