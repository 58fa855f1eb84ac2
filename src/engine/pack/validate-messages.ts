// What the pack validator and loader say, in words a communication officer understands, in
// Dutch and English. Paths are shown beside these messages, so they never repeat the path.
import type { Lang } from '../types';

const q = (value: unknown) => JSON.stringify(value) ?? String(value);
/** A JSON punctuation mark, quoted so that even '"' reads well. */
const sym = (ch: string) => `'${ch}'`;
const list = (items: readonly string[]) => items.join(', ');

const en = {
  notObject: () => 'must be an object: { … }',
  rootNotObject: () => 'a pack must be a JSON object: { "format": 1, "id": …, … }',
  notList: () => 'must be a list: [ … ]',
  notString: () => 'must be text in quotes',
  emptyString: () => 'must not be empty',
  notBoolean: () => 'must be true or false',
  notNumber: (min: number, max: number) => `must be a number from ${min} to ${max}`,
  notInteger: (min: number) => `must be a whole number of at least ${min}`,
  required: () => 'is required but missing',
  unknownField: (name: string, hint?: string) => `${q(name)} is not a field here${hint ? ` (did you mean ${q(hint)}?)` : ''}`,
  format: (got: unknown) => `must be 1 (the only pack format so far), not ${q(got)}`,
  id: (got: string) => `${q(got)} may only contain lower-case letters, digits and dashes, and must start with a letter or digit`,
  oneOf: (allowed: readonly string[], got: unknown) => `must be one of ${list(allowed)}, not ${q(got)}`,
  text: () => 'must be a text: a string, or one string per language such as {"nl": "…", "en": "…"}',
  textEmpty: () => 'needs at least one language, such as {"nl": "…"}',
  langKey: (got: string) => `${q(got)} is not a language code; use lower-case codes such as "nl" or "en"`,
  languagesEmpty: () => 'must list at least one language: "nl", "en" or both',
  duplicate: (value: string, first: string) => `${q(value)} is used twice; it already appears at ${first}`,
  unknownRule: (got: string, known: readonly string[], hint?: string) =>
    `${q(got)} is not a built-in rule${hint ? ` (did you mean ${q(hint)}?)` : ''}; the built-in rules are ${list(known)}`,
  ruleSetting: () => 'must be "off" or an object of settings such as {"severity": "nudge"}',
  customClash: (got: string) => `${q(got)} is already the name of a built-in rule or category; choose another id`,
  kindNeeds: (kind: string, field: string) => `a rule of kind ${q(kind)} needs ${q(field)}`,
  notForKind: (field: string, kind: string) => `${q(field)} is only for rules of kind ${q(kind)}`,
  termsEmpty: () => 'must list at least one word or phrase',
  termNoWords: (got: string) => `${q(got)} contains no words to look for`,
  patternLookaround: () =>
    'uses look-ahead or look-behind ((?=…), (?!…), (?<=…), (?<!…)), which the safe pattern engine (RE2) does not support; match the surrounding text instead',
  patternBackref: () => 'uses a back-reference such as \\1, which the safe pattern engine (RE2) does not support',
  patternInvalid: (detail: string) => `is not a valid pattern for the safe pattern engine (RE2): ${detail}`,
  releaseNeedsText: () => 'needs a "text" (the release as published) or a "fingerprint" (made with posting-coach pack fingerprint)',
  fingerprint: () => 'is not a fingerprint made by posting-coach pack fingerprint (it starts with "pcfp1."); put the release text in "text" instead, or make the fingerprint again',
  date: (got: string) => `${q(got)} is not a date in the form YYYY-MM-DD, such as "2026-03-03"`,
  unknownPrinciple: (got: string) => `${q(got)} is not the id of a principle in guidelines.principles`,
  unknownExpect: (got: string) => `${q(got)} is not a built-in rule, a category or the id of one of this pack's custom rules`,
  jsonSyntax: (line: number, column: number, found: string | undefined, expected: readonly string[]) =>
    `this is not valid JSON: at line ${line}, column ${column} ${found === undefined ? 'the text ends too early' : `there is an unexpected ${sym(found)}`}${expected.length ? ` (expected ${expected.map(sym).join(' or ')})` : ''}`,
  notJson: () => 'a pack must be JSON text or an object',
  tooLarge: (size: string, limit: string) => `the pack is ${size}, more than the limit of ${limit}; leave out long texts or use fingerprints for press releases`,
  tooMany: (count: number, limit: number) => `has ${count} entries, more than the limit of ${limit}`,
  tooLong: (length: number, limit: number) => `is ${length} characters long, more than the limit of ${limit}`,
  tooManyWords: (limit: number) => `has more than ${limit} words; a term, keyword or name may have at most ${limit}`,
  phrasesTooMany: (count: number, limit: number) => `the pack lists ${count} terms, keywords, code names and aliases in all, more than the limit of ${limit}`,
  patternRepeat: (count: number, limit: number) => `repeats something up to ${count} times ({…}); at most ${limit} keeps checking a post fast`,
  patternTooBig: (size: number, limit: number) => `is too complex: it compiles to ${size} instructions, more than the limit of ${limit}; use fewer or smaller repetitions and alternatives`,
  patternsTooBig: (size: number, limit: number) => `brings the patterns of this pack to ${size} instructions in all, more than the limit of ${limit}; merge or simplify patterns`,
  tooDeep: (limit: number) => `is nested more than ${limit} levels deep`,
  packTooBig: (limit: number) => `the pack holds more than ${limit} characters of text; leave out long texts or use fingerprints for press releases`,
  packTooManyValues: (limit: number) => `the pack holds more than ${limit} values; make its lists shorter`,
  tooManyErrors: (limit: number) => `checking stopped after ${limit} problems; fix these first`,
  tooCostly: (steps: number, limit: number) =>
    `checking a 280-character post with this pack takes ${steps} steps, more than the budget of ${limit}; use fewer or simpler patterns and shorter word lists`,
  compileFailed: (detail: string) => `the pack could not be prepared: ${detail}`,
  testFailed: (expected: readonly string[], got: readonly string[]) =>
    expected.length === 0
      ? `the post should get no nudges or warnings, but got ${list(got)}`
      : `expected ${list(expected)} to fire, but got ${got.length ? list(got) : 'nothing'}`,
  exampleShouldFire: (rule: string) => `this example should trigger ${q(rule)}, but it did not`,
  exampleShouldPass: (rule: string) => `this example should not trigger ${q(rule)}, but it did`,
};

export type Messages = typeof en;

const nl: Messages = {
  notObject: () => 'moet een object zijn: { … }',
  rootNotObject: () => 'een pakket moet een JSON-object zijn: { "format": 1, "id": …, … }',
  notList: () => 'moet een lijst zijn: [ … ]',
  notString: () => 'moet tekst tussen aanhalingstekens zijn',
  emptyString: () => 'mag niet leeg zijn',
  notBoolean: () => 'moet true of false zijn',
  notNumber: (min, max) => `moet een getal van ${min} tot en met ${max} zijn`,
  notInteger: (min) => `moet een geheel getal van minstens ${min} zijn`,
  required: () => 'is verplicht maar ontbreekt',
  unknownField: (name, hint) => `${q(name)} is hier geen veld${hint ? ` (bedoelt u ${q(hint)}?)` : ''}`,
  format: (got) => `moet 1 zijn (het enige pakketformaat tot nu toe), niet ${q(got)}`,
  id: (got) => `${q(got)} mag alleen kleine letters, cijfers en streepjes bevatten, en moet met een letter of cijfer beginnen`,
  oneOf: (allowed, got) => `moet een van ${list(allowed)} zijn, niet ${q(got)}`,
  text: () => 'moet een tekst zijn: een string, of één string per taal, zoals {"nl": "…", "en": "…"}',
  textEmpty: () => 'heeft minstens één taal nodig, zoals {"nl": "…"}',
  langKey: (got) => `${q(got)} is geen taalcode; gebruik codes in kleine letters, zoals "nl" of "en"`,
  languagesEmpty: () => 'moet minstens één taal noemen: "nl", "en" of beide',
  duplicate: (value, first) => `${q(value)} komt twee keer voor; het staat al bij ${first}`,
  unknownRule: (got, known, hint) =>
    `${q(got)} is geen ingebouwde regel${hint ? ` (bedoelt u ${q(hint)}?)` : ''}; de ingebouwde regels zijn ${list(known)}`,
  ruleSetting: () => 'moet "off" zijn of een object met instellingen, zoals {"severity": "nudge"}',
  customClash: (got) => `${q(got)} is al de naam van een ingebouwde regel of categorie; kies een andere id`,
  kindNeeds: (kind, field) => `een regel van soort ${q(kind)} heeft ${q(field)} nodig`,
  notForKind: (field, kind) => `${q(field)} hoort alleen bij regels van soort ${q(kind)}`,
  termsEmpty: () => 'moet minstens één woord of woordgroep noemen',
  termNoWords: (got) => `${q(got)} bevat geen woorden om naar te zoeken`,
  patternLookaround: () =>
    'gebruikt vooruit- of terugkijken ((?=…), (?!…), (?<=…), (?<!…)); de veilige patroonmachine (RE2) kent dat niet; zoek de omringende tekst mee',
  patternBackref: () => 'gebruikt een terugverwijzing zoals \\1; de veilige patroonmachine (RE2) kent dat niet',
  patternInvalid: (detail) => `is geen geldig patroon voor de veilige patroonmachine (RE2): ${detail}`,
  releaseNeedsText: () => 'heeft een "text" (het bericht zoals gepubliceerd) of een "fingerprint" (gemaakt met posting-coach pack fingerprint) nodig',
  fingerprint: () => 'is geen vingerafdruk van posting-coach pack fingerprint (die begint met "pcfp1."); zet de tekst van het bericht in "text", of maak de vingerafdruk opnieuw',
  date: (got) => `${q(got)} is geen datum in de vorm JJJJ-MM-DD, zoals "2026-03-03"`,
  unknownPrinciple: (got) => `${q(got)} is niet de id van een principe in guidelines.principles`,
  unknownExpect: (got) => `${q(got)} is geen ingebouwde regel, geen categorie en geen id van een eigen regel van dit pakket`,
  jsonSyntax: (line, column, found, expected) =>
    `dit is geen geldige JSON: op regel ${line}, kolom ${column} ${found === undefined ? 'houdt de tekst te vroeg op' : `staat een onverwachte ${sym(found)}`}${expected.length ? ` (verwacht: ${expected.map(sym).join(' of ')})` : ''}`,
  notJson: () => 'een pakket moet JSON-tekst of een object zijn',
  tooLarge: (size, limit) => `het pakket is ${size}, meer dan de grens van ${limit}; laat lange teksten weg of gebruik vingerafdrukken voor persberichten`,
  tooMany: (count, limit) => `heeft ${count} items, meer dan de grens van ${limit}`,
  tooLong: (length, limit) => `is ${length} tekens lang, meer dan de grens van ${limit}`,
  tooManyWords: (limit) => `heeft meer dan ${limit} woorden; een term, trefwoord of naam mag er hoogstens ${limit} hebben`,
  phrasesTooMany: (count, limit) => `het pakket noemt in totaal ${count} termen, trefwoorden, projectnamen en andere namen, meer dan de grens van ${limit}`,
  patternRepeat: (count, limit) => `herhaalt iets tot ${count} keer ({…}); hoogstens ${limit} houdt het nakijken van een bericht snel`,
  patternTooBig: (size, limit) => `is te ingewikkeld: het wordt ${size} instructies, meer dan de grens van ${limit}; gebruik minder of kleinere herhalingen en alternatieven`,
  patternsTooBig: (size, limit) => `brengt de patronen van dit pakket op ${size} instructies in totaal, meer dan de grens van ${limit}; voeg patronen samen of maak ze eenvoudiger`,
  tooDeep: (limit) => `is meer dan ${limit} niveaus diep genest`,
  packTooBig: (limit) => `het pakket bevat meer dan ${limit} tekens tekst; laat lange teksten weg of gebruik vingerafdrukken voor persberichten`,
  packTooManyValues: (limit) => `het pakket bevat meer dan ${limit} waarden; maak de lijsten korter`,
  tooManyErrors: (limit) => `het nakijken is gestopt na ${limit} problemen; los deze eerst op`,
  tooCostly: (steps, limit) =>
    `een bericht van 280 tekens nakijken kost met dit pakket ${steps} stappen, meer dan het budget van ${limit}; gebruik minder of eenvoudiger patronen en kortere woordenlijsten`,
  compileFailed: (detail) => `het pakket kon niet worden voorbereid: ${detail}`,
  testFailed: (expected, got) =>
    expected.length === 0
      ? `het bericht zou geen duwtjes of waarschuwingen moeten krijgen, maar kreeg ${list(got)}`
      : `verwacht dat ${list(expected)} afgaat, maar kreeg ${got.length ? list(got) : 'niets'}`,
  exampleShouldFire: (rule) => `dit voorbeeld zou ${q(rule)} moeten laten afgaan, maar dat gebeurde niet`,
  exampleShouldPass: (rule) => `dit voorbeeld zou ${q(rule)} niet mogen laten afgaan, maar dat gebeurde wel`,
};

export function packMessages(lang: Lang = 'en'): Messages {
  return lang === 'nl' ? nl : en;
}
