// Compile a validated pack once; analyse many posts with the result. The detectors are handed
// in (src/coach-engine.ts hands the built-in ones): the engine never imports src/rules.
import { compileCustomRule, type CompiledCustomRule } from '../kinds';
import type { Fact, Rule } from '../rule';
import type { Severity } from '../types';
import type { Pack, PackRuleSettings } from './types';

export interface CompiledRuleSettings extends PackRuleSettings {
  rule: Rule;
  severity: Severity;
  data: unknown;
}

export interface CompiledPack {
  pack: Pack;
  /** Built-in detectors switched on, with their settings and compiled data. */
  rules: CompiledRuleSettings[];
  custom: CompiledCustomRule[];
  /** Per-sentence memo, see RuleContext.memo. Bounded. */
  cache: Map<string, unknown>;
  /** Pack data of the shared facts (see Fact), made on first use. */
  facts: Map<Fact<unknown>, unknown>;
}

/**
 * A rule's settings in the pack. A setting under the rule's category (`rules["off-strategy"]`)
 * applies to every rule of that category, so packs written before off-strategy became sibling
 * rules keep working; a setting under the rule's own id (`rules["no-theme-fit"]`) tunes that
 * rule and wins field by field, and `"off"` under the id switches only that rule off, while
 * settings under the id switch it back on when the category is off.
 */
export function ruleSetting(pack: Pack, rule: Rule): 'off' | PackRuleSettings | undefined {
  const own = pack.rules?.[rule.id];
  const group = rule.category !== rule.id ? pack.rules?.[rule.category] : undefined;
  if (own === 'off') return 'off';
  if (group === undefined) return own;
  if (group === 'off') return own === undefined ? 'off' : own;
  return { ...group, ...(own ?? {}) };
}

export function compilePack(pack: Pack, rules: readonly Rule[]): CompiledPack {
  const compiled: CompiledRuleSettings[] = [];
  for (const rule of rules) {
    const setting = ruleSetting(pack, rule);
    if (setting === 'off') continue;
    compiled.push({
      ...(setting ?? {}),
      rule,
      severity: setting?.severity ?? rule.defaultSeverity,
      data: rule.compile ? rule.compile(pack) : undefined,
    });
  }
  const facts = new Map<Fact<unknown>, unknown>();
  for (const { rule } of compiled) for (const fact of rule.facts ?? []) if (fact.compile && !facts.has(fact)) facts.set(fact, fact.compile(pack));
  return {
    pack,
    rules: compiled,
    custom: (pack.custom ?? []).map(compileCustomRule),
    cache: new Map(),
    facts,
  };
}
