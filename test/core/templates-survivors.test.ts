// templates.ts: the Cấu hình a secondary template writes reads back as written, its score threshold included.
import { parseConfig } from '../../src/core/read/config';
import { DEFAULT_SCORE_THRESHOLD } from '../../src/core/scales';
import { templateTabs } from '../../src/core/templates';

describe('the secondary template\'s Cấu hình', () => {
  it('writes the default score threshold so that it reads back without a problem', () => {
    const tab = templateTabs('secondary').find((t) => t.name === 'Cấu hình');
    if (!tab) throw new Error('no Cấu hình tab');
    const read = parseConfig({ name: tab.name, values: tab.rows }, 0);
    expect(read.problems).toEqual([]);
    expect(read.config.scoreThreshold).toBe(DEFAULT_SCORE_THRESHOLD);
    expect(tab.rows.find((r) => r[0] === 'Điểm cần hỗ trợ dưới')?.[1]).toBe('5');
  });
});
