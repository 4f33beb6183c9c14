import { describe, expect, it } from 'vitest';
import enReasons from './en/reasons.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Every locale file of the remote, by language and file name. */
const localeFiles = import.meta.glob<object>('./*/*.json', { import: 'default', eager: true });
/** The pages' sources, as text (Vite reads them; the generated files and tests left out). */
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.vue', '!../generated/**', '!../**/*.test.ts'], { query: '?raw', import: 'default', eager: true });

function flatKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? flatKeys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

/** The `services.…` keys of one language, as `registerServicesMessages` assembles them (services.json at the top, every other file under its name). */
function serviceKeys(language: string): string[] {
  return Object.entries(localeFiles)
    .filter(([path]) => path.startsWith(`./${language}/`) && !path.endsWith('/reasons.json'))
    .flatMap(([path, messages]) => {
      const file = path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
      const prefix = file === 'services' ? 'services.' : file === 'enums' ? 'services.enum.' : `services.${file}.`;
      return flatKeys(messages, prefix);
    });
}

describe('the services texts', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(serviceKeys('en').sort()).toEqual(serviceKeys('zh-CN').sort());
    expect(Object.keys(enReasons).sort()).toEqual(Object.keys(zhCNReasons).sort());
  });

  it('have every key the pages name literally', () => {
    const known = new Set(serviceKeys('zh-CN'));
    const used = new Set(Object.values(sources).flatMap((text) => [...text.matchAll(/'(services\.[A-Za-z0-9_.]+)'/g)].map((match) => match[1] ?? '')));
    expect([...used].filter((key) => !known.has(key)).sort()).toEqual([]);
  });
});
