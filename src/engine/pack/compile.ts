// Compile a validated pack once; analyse many posts with the result.
import { compileCustomRule, type CompiledCustomRule } from '../kinds';
import type { Rule } from '../rule';
import { RULES } from '../../rules';
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
}

export function compilePack(pack: Pack, rules: readonly Rule[] = RULES): CompiledPack {
  const compiled: CompiledRuleSettings[] = [];
  for (const rule of rules) {
    const setting = pack.rules?.[rule.id];
    if (setting === 'off') continue;
    compiled.push({
      ...(setting ?? {}),
      rule,
      severity: setting?.severity ?? rule.defaultSeverity,
      data: rule.compile ? rule.compile(pack) : undefined,
    });
  }
  return {
    pack,
    rules: compiled,
    custom: (pack.custom ?? []).map(compileCustomRule),
    cache: new Map(),
  };
}
