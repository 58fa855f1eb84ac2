// Walks every detector's own examples: each `fire` example must raise the rule, each `pass`
// example must not. A false positive someone reports becomes a `pass` example.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, compilePack, type CompiledPack, type Pack } from '../coach-engine';
import type { RuleExample } from '../engine/rule';
import { RULES } from '.';

const packs = new Map<string, CompiledPack>();
function packFor(name = 'default'): CompiledPack {
  let compiled = packs.get(name);
  if (!compiled) {
    const json = JSON.parse(readFileSync(path.resolve('packs', `${name}.json`), 'utf8')) as Pack;
    compiled = compilePack(json);
    packs.set(name, compiled);
  }
  return compiled;
}

function rulesRaised(example: RuleExample): string[] {
  const report = analyse(
    { text: example.text, lang: example.lang, site: example.site, reply: example.reply, role: example.role, intensity: 'thorough' },
    packFor(example.pack),
  );
  return report.findings.map((f) => f.rule);
}

for (const rule of RULES) {
  describe(`rule ${rule.id}`, () => {
    it('carries fire and pass examples in Dutch and English', () => {
      for (const kind of ['fire', 'pass'] as const) {
        const langs = new Set(rule.examples[kind].map((e) => e.lang));
        expect([...langs].sort(), `${kind} examples`).toEqual(expect.arrayContaining(rule.languages));
      }
    });
    for (const example of rule.examples.fire) {
      it(`fires on [${example.lang}] ${example.text.slice(0, 60)}`, () => {
        expect(rulesRaised(example)).toContain(rule.id);
      });
    }
    for (const example of rule.examples.pass) {
      it(`passes [${example.lang}] ${example.text.slice(0, 60)}`, () => {
        expect(rulesRaised(example)).not.toContain(rule.id);
      });
    }
  });
}
