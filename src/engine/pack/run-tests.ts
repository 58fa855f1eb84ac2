// A pack's own tests, and the fire/pass examples of each custom rule. A pack whose tests fail
// is not loaded, so these run in the CLI, the options page and the background alike.
//
// Semantics (docs/pack-format.md): a non-empty `expect` lists rule ids or categories that must
// fire, at any severity (info tips included); other findings may appear too. `expect: []`
// means no nudge or warning may appear; info tips are allowed, as they only show when a user
// asks for every tip. A finding of `on-behalf` also counts for "off-strategy", as in eval.
import { analyse } from '../analyse';
import { labelOf } from '../labels';
import type { Finding } from '../types';
import type { CompiledPack } from './compile';
import type { Pack } from './types';

export interface PackTestFailure {
  /** Position of the test in `tests`, or of the example in its fire/pass list. */
  index: number;
  text: string;
  expected: string[];
  got: string[];
  /** Where the failing case sits in the pack: "tests[3]", "custom[0].examples.fire[1]". */
  path: string;
  /** For a custom rule's example: the rule it belongs to. */
  rule?: string;
}

export interface PackTestResult {
  passed: number;
  failures: PackTestFailure[];
}

function satisfied(name: string, findings: readonly Finding[]): boolean {
  return findings.some((f) => f.rule === name || f.category === name || labelOf(f.category) === name);
}

const unique = (names: string[]) => [...new Set(names)];

export function runPackTests(pack: Pack, compiled: CompiledPack): PackTestResult {
  const failures: PackTestFailure[] = [];
  let passed = 0;

  (pack.tests ?? []).forEach((test, index) => {
    const report = analyse(
      { text: test.text, lang: test.lang, site: test.site, reply: test.reply ?? false, role: test.role ?? 'employee', intensity: 'thorough' },
      compiled,
    );
    const expected = [...test.expect];
    const ok =
      expected.length === 0 ? report.findings.every((f) => f.severity === 'info') : expected.every((name) => satisfied(name, report.findings));
    const counted = expected.length === 0 ? report.findings.filter((f) => f.severity !== 'info') : report.findings;
    if (ok) passed++;
    else failures.push({ index, text: test.text, expected, got: unique(counted.map((f) => f.rule)), path: `tests[${index}]` });
  });

  (pack.custom ?? []).forEach((rule, ruleIndex) => {
    for (const outcome of ['fire', 'pass'] as const) {
      (rule.examples?.[outcome] ?? []).forEach((text, index) => {
        // An example is checked in the rule's own language, so detection cannot skip it.
        const report = analyse({ text, lang: rule.lang, intensity: 'thorough' }, compiled);
        const fired = report.findings.some((f) => f.rule === rule.id);
        if (fired === (outcome === 'fire')) passed++;
        else
          failures.push({
            index,
            text,
            expected: outcome === 'fire' ? [rule.id] : [],
            got: unique(report.findings.map((f) => f.rule)),
            path: `custom[${ruleIndex}].examples.${outcome}[${index}]`,
            rule: rule.id,
          });
      });
    }
  });

  return { passed, failures };
}
