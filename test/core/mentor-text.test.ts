// The sentences about mentors and the early warning (PRODUCT 3.8, 3.9), as the sidebar and tabs say them.
import { atRiskLine, flagWords, missingLogLine } from '../../src/core/rules/mentor-text';

const LOG = { sheets: ['Nhật ký'], entries: 3, matched: 3, month: '2025-11', deadlineDay: 25, pastDeadline: true };

describe('missingLogLine', () => {
  it('names each late mentor with the number of students, the month and the deadline', () => {
    expect(missingLogLine({ log: LOG, lateMentors: [{ name: 'Nguyễn Thị Lan', missing: 2 }, { name: 'Trần Văn Hùng', missing: 1 }] }))
      .toBe('Chưa ghi nhật ký tháng 11 (đã qua hạn ngày 25): Nguyễn Thị Lan (2 em), Trần Văn Hùng (1 em)');
    expect(missingLogLine({ log: { ...LOG, month: '2026-03', deadlineDay: 20 }, lateMentors: [{ name: 'cô Hà', missing: 3 }] }))
      .toBe('Chưa ghi nhật ký tháng 3 (đã qua hạn ngày 20): cô Hà (3 em)');
  });

  it('says nothing when nobody is late, or when the school keeps no log', () => {
    expect(missingLogLine({ log: LOG, lateMentors: [] })).toBe('');
    expect(missingLogLine({ log: undefined, lateMentors: [{ name: 'cô Hà', missing: 3 }] })).toBe('');
  });
});

describe('flagWords', () => {
  it('names the kinds in order, the early-warning reasons in brackets after Nguy cơ bỏ học', () => {
    expect(flagWords({ kinds: ['notImproved', 'atRisk'], reasons: ['Học tập', 'Hoàn cảnh'] })).toBe('Chưa tiến bộ, Nguy cơ bỏ học (Học tập, Hoàn cảnh)');
    expect(flagWords({ kinds: ['atRisk'] })).toBe('Nguy cơ bỏ học');
    expect(flagWords({ kinds: ['noSupporter', 'noLog'], reasons: ['Chuyên cần'] })).toBe('Chưa có GV hỗ trợ, Chưa ghi nhật ký tháng này');
  });
});

describe('atRiskLine', () => {
  it('counts the students at risk, and those among them without a mentor', () => {
    expect(atRiskLine({ atRisk: 5, atRiskWithoutMentor: 2 })).toBe('Nguy cơ bỏ học: 5 em, 2 em chưa có GV đỡ đầu');
    expect(atRiskLine({ atRisk: 1, atRiskWithoutMentor: 0 })).toBe('Nguy cơ bỏ học: 1 em');
    expect(atRiskLine({ atRisk: 0, atRiskWithoutMentor: 0 })).toBe('');
  });
});
