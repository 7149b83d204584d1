// layout/mentors-follow.ts: the state cell names each early-warning signal, words apart.
import { stateText } from '../../src/core/layout/mentors-follow';
import type { StudentMentoring } from '../../src/core/mentoring';
import type { Flag } from '../../src/core/rules/flags';

const mentoring = (atRisk: boolean, reasons: string[]) => ({ risk: { atRisk, reasons } } as unknown as StudentMentoring);

describe('stateText', () => {
  it('lists two signals of a student not at risk after the flags, comma-separated', () => {
    const flag = { kinds: ['notImproved'] } as unknown as Flag;
    expect(stateText(flag, mentoring(false, ['Chuyên cần', 'Hoàn cảnh']))).toBe('Chưa tiến bộ; Dấu hiệu: Chuyên cần, Hoàn cảnh');
  });

  it('says nothing of a student without flags or signals', () => {
    expect(stateText(undefined, mentoring(false, []))).toBe('');
  });
});
