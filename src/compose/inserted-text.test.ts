import { describe, expect, it } from 'vitest';
import type { Praise } from '../engine/types';
import { ownPraise, rememberInserted } from './inserted-text';

const text = 'We opened a new desk today.\n\nWhat do you think we could still do better?';
const question: Praise = { kind: 'question', message: 'A real question', spans: [{ start: 29, end: text.length }] };
const theme: Praise = { kind: 'theme', message: 'Serves a theme', spans: [{ start: 0, end: 26 }] };

describe('ownPraise', () => {
  it('never praises the question the coach inserted as the author’s own', () => {
    const session = {};
    expect(ownPraise(session, [question, theme], text)).toEqual([question, theme]);
    rememberInserted(session, '\n\nWhat do you think we could still do better?');
    expect(ownPraise(session, [question, theme], text)).toEqual([theme]);
  });
  it('keeps praise for another session’s text', () => {
    rememberInserted({}, 'What do you think we could still do better?');
    expect(ownPraise({}, [question], text)).toEqual([question]);
  });
});
