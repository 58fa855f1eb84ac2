// English signs that a post speaks of one person: a subject that is one person's own matter
// ("individual customers' refunds") is spoken of only when somebody is in the post. Every entry
// has an example that src/rules/phrase-data.test.ts walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

export const onePerson: PhraseEntry[] = [
  // Not "a member of our team", "a member of staff": those are the organisation's own people.
  { phrase: '(?:a|an|one|this|that) (?:customer|visitor|member|passenger|guest|lady|gentleman|man|woman|girl|boy|mum|dad|family|resident|tenant|patient|student|pupil)(?! of (?:staff|our|the team|the public))', example: 'Had a lady in the shop today who has waited six weeks for her refund.' },
  { phrase: '(?:his|her|their) (?:own )?(?:refund|complaint|fine|order|account|membership|lost property|case)', example: 'She rang twice about her refund before anyone called back.' },
];

/**
 * A subject's title or description that makes it one person's own matter: "one customer's
 * business", "individual members' accounts", "a named person". Not "particular routes" or "advice
 * on people's own pets", which are about everybody.
 */
export const oneCaseSubjects: PhraseEntry[] = [
  { phrase: "(?:one|a single|an individual|individual|a named|a particular) (?:customer|member|passenger|visitor|resident|tenant|patient|student|pupil|person|people|traveller|guest|client|subscriber|account holder)s?['’]?s?(?! (?:groups?|panels?|forums?))", example: "Individual members' accounts and cases" },
];
