// The CLI's own words in English and Dutch; pack errors come from the validator's catalog.
import type { Lang } from '../src/engine/types';

const en = {
  problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
  valid: (name: string, id: string, version: string) => `a valid pack ("${name}", ${id} ${version})`,
  shouldFire: (rule: string) => `should trigger "${rule}", but did not`,
  shouldPass: (rule: string) => `should not trigger "${rule}", but it did`,
  expected: (expected: string, got: string) => `expected ${expected}, got ${got || 'nothing'}`,
  expectedNone: (got: string) => `expected no nudges or warnings, got ${got}`,
  noTests: () => 'no tests or examples to run; add "tests" and custom-rule "examples" to the pack',
  allPass: (n: number) => `all ${n} tests and examples pass`,
  someFail: (failed: number, total: number) => `${failed} of ${total} tests and examples fail; the extension will not load this pack`,
  findings: (n: number, lang: string) => (n === 0 ? `No findings (language: ${lang}).` : `${n} finding${n === 1 ? '' : 's'} (language: ${lang}).`),
  why: 'why',
  try: 'try',
};

export type CliMessages = typeof en;

const nl: CliMessages = {
  problems: (n) => (n === 1 ? '1 probleem' : `${n} problemen`),
  valid: (name, id, version) => `een geldig pakket ("${name}", ${id} ${version})`,
  shouldFire: (rule) => `zou "${rule}" moeten laten afgaan, maar deed dat niet`,
  shouldPass: (rule) => `zou "${rule}" niet mogen laten afgaan, maar deed dat wel`,
  expected: (expected, got) => `verwacht ${expected}, kreeg ${got || 'niets'}`,
  expectedNone: (got) => `verwacht geen duwtjes of waarschuwingen, kreeg ${got}`,
  noTests: () => 'geen tests of voorbeelden om te draaien; voeg "tests" en "examples" bij eigen regels toe aan het pakket',
  allPass: (n) => `alle ${n} tests en voorbeelden slagen`,
  someFail: (failed, total) => `${failed} van ${total} tests en voorbeelden mislukken; de extensie laadt dit pakket niet`,
  findings: (n, lang) => (n === 0 ? `Geen bevindingen (taal: ${lang}).` : `${n} bevinding${n === 1 ? '' : 'en'} (taal: ${lang}).`),
  why: 'waarom',
  try: 'probeer',
};

export function cliMessages(lang: Lang = 'en'): CliMessages {
  return lang === 'nl' ? nl : en;
}
