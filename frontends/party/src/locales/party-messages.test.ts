import { describe, expect, it } from 'vitest';
import en from './en/party.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/party.json';
import zhCNReasons from './zh-CN/reasons.json';

/** The pages' sources, as text (Vite reads them; the generated files and tests left out). */
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.vue', '!../generated/**', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

function flatKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? flatKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/** The reasons of the party domain (the contract's list), each with a text in both languages. */
const domainReasons = [
  'NOT_BRANCH_SECRETARY',
  'ACTIVIST_YEAR_NOT_OVER',
  'POLITICAL_REVIEW_MISSING',
  'TWO_INTRODUCERS_REQUIRED',
  'INTRODUCER_NOT_FULL_MEMBER',
  'PROBATION_NOT_OVER',
  'PROBATION_EXTENSION_TOO_LONG',
  'ALREADY_EXTENDED',
  'DATE_BEFORE_PREVIOUS_STEP',
  'DATE_IN_FUTURE',
  'ALREADY_MEMBER',
  'ALREADY_CANDIDATE',
  'NOT_A_BRANCH',
  'DUES_ALREADY_PAID',
  'MONTH_BEFORE_JOINING',
  'MONTH_IN_FUTURE',
  'TERM_END_BEFORE_START',
  'NOT_A_MEMBER_OF_BRANCH',
  'UNKNOWN_PERSON',
  'UNKNOWN_UNIT',
  'EVIDENCE_REQUIRED',
  'TRANSFERRED_OUT',
];

describe('the party texts', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(flatKeys(en).sort()).toEqual(flatKeys(zhCN).sort());
    expect(Object.keys(enReasons).sort()).toEqual(Object.keys(zhCNReasons).sort());
  });

  it('have every key the pages name literally', () => {
    const known = new Set(flatKeys(zhCN).map((key) => `party.${key}`));
    expect(Object.keys(sources).length).toBeGreaterThan(40);
    const used = new Set(Object.values(sources).flatMap((text) => [...text.matchAll(/'(party\.[A-Za-z0-9_.]+)'/g)].map((match) => match[1] ?? '')));
    expect([...used].filter((key) => !known.has(key)).sort()).toEqual([]);
  });

  it('have a text for every refusal reason of the domain', () => {
    expect(domainReasons.filter((reason) => !(reason in zhCNReasons) || !(reason in enReasons))).toEqual([]);
  });
});
