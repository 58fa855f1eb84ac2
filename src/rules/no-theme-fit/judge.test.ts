import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, judgeNoFit, type NoFitFacts } from './judge';

// The facts of a short post that meets nothing in the pack.
const short: NoFitFacts = { content: 9, themeFit: 0, goalFit: 0, packFit: 0, namesOrg: false, leisure: false, ownVoice: true };

describe('judging "no theme fits"', () => {
  it('judges a long post by its fit with the themes, goals and the pack', () => {
    expect(judgeNoFit({ ...short, content: 20, ownVoice: false })).toBe('no-fit');
    expect(judgeNoFit({ ...short, content: 20, ownVoice: false, themeFit: 1 })).toBe('none');
    expect(judgeNoFit({ ...short, content: 20, ownVoice: false, namesOrg: true })).toBe('none');
  });
  it('judges a short post only in the writer\'s own voice and with not one word of the pack', () => {
    expect(judgeNoFit(short)).toBe('no-fit');
    expect(judgeNoFit({ ...short, ownVoice: false })).toBe('none');
    expect(judgeNoFit({ ...short, packFit: 0.35 })).toBe('none');
    expect(judgeNoFit({ ...short, themeFit: 0.2 })).toBe('none');
    expect(judgeNoFit({ ...short, content: 4 })).toBe('none');
  });
  it('calls leisure talk what it is, however short', () => {
    expect(judgeNoFit({ ...short, content: 3, ownVoice: false, leisure: true })).toBe('leisure');
    // One theme keyword (a fit of 1) does not save it; a post that serves a theme well does.
    expect(judgeNoFit({ ...short, leisure: true, themeFit: 1 }, DEFAULT_THRESHOLDS)).toBe('leisure');
    expect(judgeNoFit({ ...short, leisure: true, themeFit: 10 }, DEFAULT_THRESHOLDS)).toBe('none');
  });
});
