// Checks across fields: ids used twice, and references to principles, rules and custom rules
// that do not exist. Runs after the shape checks and only looks at well-typed parts.
import { CUSTOM_CATEGORIES } from '../kinds';
import { at, fail, isObject, item, type Ctx } from './validate-shape';

const entries = (v: unknown): [number, Record<string, unknown>][] =>
  Array.isArray(v) ? v.flatMap((e, i) => (isObject(e) ? [[i, e] as [number, Record<string, unknown>]] : [])) : [];

/** Reports every repeated id among the listed arrays, naming where it first appeared. */
function uniqueIds(ctx: Ctx, lists: [path: string, value: unknown][]): void {
  const seen = new Map<string, string>();
  for (const [path, value] of lists) {
    for (const [i, e] of entries(value)) {
      if (typeof e.id !== 'string') continue;
      const where = item(path, i);
      const first = seen.get(e.id);
      if (first) fail(ctx, at(where, 'id'), ctx.m.duplicate(e.id, first));
      else seen.set(e.id, where);
    }
  }
}

export function checkReferences(ctx: Ctx, pack: Record<string, unknown>, builtIn: readonly string[]): void {
  if (Array.isArray(pack.languages)) {
    const seen = new Map<unknown, number>();
    pack.languages.forEach((l, i) => {
      if (seen.has(l)) fail(ctx, item('languages', i), ctx.m.duplicate(String(l), item('languages', seen.get(l)!)));
      else seen.set(l, i);
    });
  }
  const guidelines = isObject(pack.guidelines) ? pack.guidelines : {};
  const strategy = isObject(pack.strategy) ? pack.strategy : {};
  uniqueIds(ctx, [['guidelines.principles', guidelines.principles]]);
  uniqueIds(ctx, [['strategy.goals', strategy.goals]]);
  // Off-strategy messages name themes, so an id must be unique across all three lists.
  uniqueIds(ctx, [
    ['strategy.themes', strategy.themes],
    ['strategy.avoid', strategy.avoid],
    ['strategy.reserved', strategy.reserved],
  ]);
  uniqueIds(ctx, [['pressReleases', pack.pressReleases]]);
  uniqueIds(ctx, [['custom', pack.custom]]);

  const reserved = new Set<string>([...builtIn, ...CUSTOM_CATEGORIES]);
  const customIds = new Set<string>();
  for (const [i, rule] of entries(pack.custom)) {
    if (typeof rule.id !== 'string') continue;
    customIds.add(rule.id);
    if (reserved.has(rule.id)) fail(ctx, at(item('custom', i), 'id'), ctx.m.customClash(rule.id));
  }

  const principles = new Set(entries(guidelines.principles).map(([, p]) => p.id));
  const checkPrinciple = (path: string, owner: unknown) => {
    if (isObject(owner) && typeof owner.principle === 'string' && !principles.has(owner.principle)) fail(ctx, at(path, 'principle'), ctx.m.unknownPrinciple(owner.principle));
  };
  if (isObject(pack.rules)) for (const [name, setting] of Object.entries(pack.rules)) checkPrinciple(at('rules', name), setting);
  for (const [i, rule] of entries(pack.custom)) checkPrinciple(item('custom', i), rule);

  const expectable = new Set<string>([...reserved, ...customIds]);
  for (const [i, test] of entries(pack.tests)) {
    if (!Array.isArray(test.expect)) continue;
    test.expect.forEach((name, j) => {
      if (typeof name === 'string' && !expectable.has(name)) fail(ctx, item(at(item('tests', i), 'expect'), j), ctx.m.unknownExpect(name));
    });
  }
}
