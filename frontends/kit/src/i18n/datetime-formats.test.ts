import { describe, expect, it } from 'vitest';
import { i18n } from './i18n';

/** A moment as the server sends it: 2024-12-02 03:05 in Shanghai, still 12-01 in UTC. */
const lateInUtc = new Date('2024-12-01T19:05:00Z');

describe('the named date formats', () => {
  it('show moments in Shanghai time, whatever the browser\'s zone', () => {
    // The unit tests run as a browser far from Shanghai (defineVitestConfig).
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/Los_Angeles');
    i18n.global.locale.value = 'zh-CN';
    expect(i18n.global.d(lateInUtc, 'dateTime')).toBe('2024/12/02 03:05');
    expect(i18n.global.d(lateInUtc, 'date')).toBe('2024/12/02');
    expect(i18n.global.d(lateInUtc, 'time')).toBe('03:05');
    i18n.global.locale.value = 'en';
    expect(i18n.global.d(lateInUtc, 'dateTime')).toBe('12/02/2024, 03:05');
    i18n.global.locale.value = 'zh-CN';
  });
});
