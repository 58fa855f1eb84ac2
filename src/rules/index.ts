// Every built-in detector, registered with one line each. The conventions test checks that
// every rule file or folder here is registered and that its id equals its file or folder name.
// Off-strategy is a family of sibling rules (category 'off-strategy'), each tunable on its own;
// a pack's `rules["off-strategy"]` setting applies to all of them.
import type { Rule } from '../engine/rule';
import { broadcasting } from './broadcasting';
import { selfPromotion } from './self-promotion';
import { pressRelease } from './press-release';
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
