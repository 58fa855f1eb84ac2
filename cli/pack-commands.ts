// `posting-coach pack validate|test|fingerprint P`: tools for the people who write packs.
import { formsTheStemmerMisses } from '../src/engine/nlp/english-forms';
import { fingerprintText } from '../src/engine/nlp/fingerprint';
import { runPackTests } from '../src/engine/pack/run-tests';
import type { Pack } from '../src/engine/pack/types';
import { parseArgs, stringFlag } from './args';
import { escapeControl } from './escape';
import { cliMessages } from './messages';
import { langFlag, loadPackFile, printPackErrors } from './pack-file';

const USAGE = `Usage:
  posting-coach pack validate P [--lang nl|en]      check the pack's fields; every error with its path
  posting-coach pack test P [--lang nl|en]          run the pack's tests and its custom rules' examples
  posting-coach pack fingerprint P                  print the pack with press-release texts replaced by fingerprints
`;

const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

export function runPack(argv: string[]): number {
  const [sub, ...rest] = argv;
  const args = parseArgs(rest);
  const file = args.positionals[0];
  const lang = langFlag(stringFlag(args, 'lang'));
  if (!sub || !['validate', 'test', 'fingerprint'].includes(sub) || !file || args.positionals.length > 1 || lang === 'invalid') {
    err(sub && !['validate', 'test', 'fingerprint'].includes(sub) ? `Unknown pack command "${sub}".\n${USAGE}` : USAGE);
    return 2;
  }
  const m = cliMessages(lang);
  // Tests run separately below, so that validate and test can report them their own way.
  const loaded = loadPackFile(file, { lang, tests: false });
  if (!loaded.ok) {
    printPackErrors(file, loaded.errors, err, lang);
    return 1;
  }
  if (sub === 'validate') {
    out(`✓ ${file}: ${escapeControl(m.valid(loaded.pack.name, loaded.pack.id, loaded.pack.version))}\n`);
    for (const hint of keywordHints(loaded.pack)) out(escapeControl(`  hint ${hint.path}: "${hint.keyword}" will not match ${hint.forms.map((f) => `"${f}"`).join(', ')}; add them if they mean the same here`) + '\n');
    return 0;
  }
  if (sub === 'fingerprint') {
    out(JSON.stringify(withFingerprints(loaded.pack), null, 2) + '\n');
    return 0;
  }
  const { passed, failures } = runPackTests(loaded.pack, loaded.compiled);
  for (const f of failures) {
    const what = f.rule
      ? f.expected.length
        ? m.shouldFire(f.rule)
        : m.shouldPass(f.rule)
      : f.expected.length
        ? m.expected(f.expected.join(', '), f.got.join(', '))
        : m.expectedNone(f.got.join(', '));
    err(`✗ ${escapeControl(f.path)}: ${escapeControl(what)}\n    ${escapeControl(JSON.stringify(f.text))}\n`);
  }
  const total = passed + failures.length;
  if (total === 0) out(`${file}: ${m.noTests()}\n`);
  else if (failures.length === 0) out(`✓ ${file}: ${m.allPass(total)}\n`);
  else err(`${file}: ${m.someFail(failures.length, total)}\n`);
  return failures.length === 0 ? 0 : 1;
}

/** The pack with each release's text replaced by its fingerprint, field order kept. */
export function withFingerprints(pack: Pack): Pack {
  if (!pack.pressReleases) return pack;
  const pressReleases = pack.pressReleases.map((release) => {
    if (release.text === undefined) return release;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(release)) {
      if (key === 'text') copy.fingerprint = fingerprintText(release.text);
      else if (key !== 'fingerprint') copy[key] = value;
    }
    return copy as unknown as typeof release;
  });
  return { ...pack, pressReleases };
}

export interface KeywordHint {
  path: string;
  keyword: string;
  forms: string[];
}

/** English theme and subject keywords whose irregular forms the engine's stemmer cannot join. */
export function keywordHints(pack: Pack): KeywordHint[] {
  const hints: KeywordHint[] = [];
  const groups = ['themes', 'avoid', 'reserved'] as const;
  for (const group of groups) {
    (pack.strategy?.[group] ?? []).forEach((theme, i) => {
      const english = theme.keywords?.en ?? [];
      english.forEach((keyword, k) => {
        const forms = formsTheStemmerMisses(keyword, english);
        if (forms.length > 0) hints.push({ path: `strategy.${group}[${i}].keywords.en[${k}]`, keyword, forms });
      });
    });
  }
  return hints;
}
