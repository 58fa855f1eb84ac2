// English signs that a post speaks of one person: a subject that is one person's own matter
// ("individual customers' refunds") is spoken of only when somebody is in the post. Every entry
// has an example that src/rules/phrase-data.test.ts walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const onePerson: PhraseEntry[] = [
  { phrase: '(?:a|an|one|this|that) (?:customer|visitor|member|passenger|guest|lady|gentleman|man|woman|girl|boy|mum|dad|family|resident|tenant|patient|student|pupil)', example: 'Had a lady in the shop today who has waited six weeks for her refund.' },
  { phrase: '(?:his|her|their) (?:own )?(?:refund|complaint|fine|order|account|membership|lost property|case)', example: 'She rang twice about her refund before anyone called back.' },
];
