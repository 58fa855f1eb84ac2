// Every built-in detector, registered with one line each. The conventions test checks that
// every file or folder here is registered and that its id equals its name.
import type { Rule } from '../engine/rule';
import type { LinearModel } from '../engine/model/linear';
import { broadcasting, broadcastingRule } from './broadcasting';
import { selfPromotion, selfPromotionRule } from './self-promotion';
import { pressRelease, pressReleaseRule } from './press-release';
import { offStrategy } from './off-strategy';
import { onBehalf } from './on-behalf';
import { confidential } from './confidential';

export const RULES: readonly Rule[] = [broadcasting, selfPromotion, pressRelease, offStrategy, onBehalf, confidential];

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
