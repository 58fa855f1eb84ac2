import { describe, expect, it } from 'vitest';
import { derisionSpans } from './signals';

describe('derisionSpans', () => {
  it('sees a competitor laughed at, or grumbling about the own organisation', () => {
    expect(derisionSpans('Saw a competitor’s engineer fall off his ladder today 🤣')).not.toEqual([]);
    expect(derisionSpans('De concurrentie heeft weer eens een slogan bedacht, haha')).not.toEqual([]);
    expect(derisionSpans('Ons planningssysteem werkt alweer niet. Wie heeft dit bedacht?')).not.toEqual([]);
    expect(derisionSpans('Our booking portal is down again 🙄')).not.toEqual([]);
  });
  it('leaves neutral mentions and self-mockery alone', () => {
    expect(derisionSpans('We work with other suppliers on a shared grid study.')).toEqual([]);
    expect(derisionSpans('Haha, my first heat pump install took four hours 😂')).toEqual([]);
    expect(derisionSpans('Ons nieuwe afsprakensysteem is er! Laat je weten hoe het werkt? 😂')).toEqual([]);
  });
});
