import { describe, expect, it } from 'vitest';
import { frameSource } from './index';
import * as en from './en';
import * as nl from './nl';

describe('on-behalf frames', () => {
  for (const [lang, data] of [['nl', nl], ['en', en]] as const) {
    it.each(data.frames.map((f) => [f.frame, f.example] as const))(`${lang}: %s matches its own example`, (frame, example) => {
      expect(new RegExp(frameSource(frame, data), 'iu').test(example)).toBe(true);
    });
  }
});
