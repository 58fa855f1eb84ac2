// Every built-in detector, registered with one line each. The conventions test checks that
// every file in this folder is registered and that its id equals its file name.
import type { Rule } from '../engine/rule';
import { broadcasting } from './broadcasting';
import { selfPromotion } from './self-promotion';
import { pressRelease } from './press-release';
import { offStrategy } from './off-strategy';
import { onBehalf } from './on-behalf';
import { confidential } from './confidential';

export const RULES: readonly Rule[] = [broadcasting, selfPromotion, pressRelease, offStrategy, onBehalf, confidential];
