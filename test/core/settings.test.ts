import { parseConfig } from '../../src/core/read/config';
import { normaliseSettings, planSettingsEdit, settingsError, settingsFromConfig } from '../../src/core/settings';
import { WALL_CLOCK_OFFSET } from '../../src/core/cells';
import { wallClock } from '../helpers/grid';

const tab = (values: unknown[][]) => ({ name: 'Cấu hình', values });

describe('the settings form', () => {
  it('shows what Cấu hình says, or the defaults', () => {
    expect(settingsFromConfig(parseConfig(undefined, WALL_CLOCK_OFFSET).config)).toEqual({
      agency: '', schoolName: '', place: '', schoolYear: '', signerName: '',
      signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG', recipients: 'Hiệu trưởng (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.',
    });
  });

  it('writes only the cells that change and appends the missing keys', () => {
    const jan5 = wallClock(2026, 1, 5);
    const current = tab([
      ['Mục', 'Giá trị'], ['Tên trường', 'Trường Tiểu học Cũ'], ['Hạn báo cáo học kì I', jan5], ['Năm học', '2025 - 2026'],
      ['Chức danh ký', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'],
    ]);
    const settings = normaliseSettings({
      ...settingsFromConfig(parseConfig(current, WALL_CLOCK_OFFSET).config), schoolName: '  Trường Tiểu học   Mới ', place: 'Hòa An',
    });
    expect(planSettingsEdit(current, settings)).toEqual({
      create: false,
      updates: [{ row: 2, value: 'Trường Tiểu học Mới' }],
      appended: [['Địa danh', 'Hòa An'], ['Nơi nhận', 'Hiệu trưởng (để báo cáo);\nCác tổ chuyên môn (để thực hiện);\nLưu: VT, CM.']],
    });
  });

  it('an unchanged line is not rewritten, even when it holds two years (only Năm học is read as a school year)', () => {
    const current = tab([['Mục', 'Giá trị'], ['Tên trường', 'Trường Tiểu học Hòa An (2025 - 2026)'], ['Năm học', '2025 - 2026']]);
    const settings = normaliseSettings(settingsFromConfig(parseConfig(current, WALL_CLOCK_OFFSET).config));
    expect(settings.schoolName).toBe('Trường Tiểu học Hòa An (2025 - 2026)');
    expect(planSettingsEdit(current, settings).updates).toEqual([]);
  });

  it('creates the tab when there is none', () => {
    const edit = planSettingsEdit(undefined, normaliseSettings({ schoolName: 'Trường A', recipients: '- Phòng GDĐT;\n\n- Lưu: VT.' }));
    expect(edit.create).toBe(true);
    expect(edit.appended).toEqual([['Tên trường', 'Trường A'], ['Nơi nhận', 'Phòng GDĐT;\nLưu: VT.']]);
  });

  it('refuses a school year that is not two consecutive years', () => {
    expect(settingsError(normaliseSettings({ schoolYear: '2025-2027' }))).toContain('ví dụ 2025-2026');
    expect(settingsError(normaliseSettings({ schoolYear: '2025-2026' }))).toBeUndefined();
    expect(settingsError(normaliseSettings({ schoolYear: 42 }))).toBeUndefined(); // not text: treated as empty
  });
});
