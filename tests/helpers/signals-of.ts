// The named signals of a bare text, as the engine would extract them with an empty pack: one
// reader for the tests that walk the signal data (lexicon/, nlp/shape/).
import { extractSignals, type SignalSet } from '../../src/engine/signals/extract';
import { splitSentences, tokenize } from '../../src/engine/text';

export function signalsOf(text: string): SignalSet {
  const sentences = splitSentences(text).map((s) => ({ ...s, tokens: tokenize(s.text, 'other', s.start), question: /\?\s*$/.test(s.text) }));
  return extractSignals({
    text,
    sentences,
    tokens: sentences.flatMap((s) => s.tokens),
    reply: false,
    pack: { format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] },
    memo: (_name, s, fn) => fn(s),
  });
}
