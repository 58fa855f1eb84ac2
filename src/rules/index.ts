// Every built-in detector, registered with one line each. The conventions test checks that
// every rule file or folder here is registered and that its id equals its file or folder name.
// Off-strategy is a family of sibling rules (category 'off-strategy'), each tunable on its own;
// a pack's `rules["off-strategy"]` setting applies to all of them.
import type { Rule } from '../engine/rule';
import type { LinearModel } from '../engine/model/linear';
import { broadcasting, broadcastingRule } from './broadcasting';
import { selfPromotion, selfPromotionRule } from './self-promotion';
import { pressRelease, pressReleaseRule } from './press-release';
import { avoidedSubject } from './avoided-subject';
import { reservedSubject } from './reserved-subject';
import { noThemeFit } from './no-theme-fit';
import { personalCase } from './personal-case';
import { medicalAdvice } from './medical-advice';
import { derision } from './derision';
import { onBehalf } from './on-behalf';
import { confidential } from './confidential';

export const RULES: readonly Rule[] = [
  broadcasting,
  selfPromotion,
  pressRelease,
  avoidedSubject,
  reservedSubject,
  noThemeFit,
  personalCase,
  medicalAdvice,
  derision,
  onBehalf,
  confidential,
];

/** The detectors whose decision is a learned model, by label. */
export type ModelledLabel = 'broadcasting' | 'self-promotion' | 'press-release';

/** The same detectors with other models: for leave-one-source-out validation. */
export function rulesWithModels(models: Readonly<Record<ModelledLabel, LinearModel>>): Rule[] {
  const swap: Record<ModelledLabel, Rule> = {
    broadcasting: broadcastingRule(models.broadcasting),
    'self-promotion': selfPromotionRule(models['self-promotion']),
    'press-release': pressReleaseRule(models['press-release']),
  };
  return RULES.map((r) => swap[r.id as ModelledLabel] ?? r);
}
