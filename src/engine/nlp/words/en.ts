// English closed word classes the engine reads: who speaks and to whom, and the words that say
// nothing about a subject. Lower-case, as the tokenizer gives them (words.test.ts checks that).

/** "We", the writer and the organisation together. */
export const firstPersonPlural = ['we', "we're", 'we’re', "we've", 'we’ve', "we'll", 'we’ll', "we'd", 'we’d', 'our', 'ours', 'us', 'ourselves', "let's", 'let’s'];
/** "I", the writer alone. */
export const firstPersonSingular = ['i', 'my', 'mine', 'myself', "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d', 'me'];
/** The reader, addressed. */
export const readerAddress = ['you', 'your', 'yours', "you're", 'you’re', "you've", 'you’ve', "you'll", 'you’ll', "you'd", 'you’d', 'yourself', 'yourselves', 'y’all', "y'all"];

/** Words before a noun that speak of any and every one of its kind: "every lost item". */
export const genericDeterminers = ['every', 'each', 'any', 'all'];

/** Words that name no subject (short words are skipped anyway). */
export const stopWords = (
  'about after again all also and any are because been before being both but can could does doing down each even every from have having here how into just like made make many more most much must only other our ours over same should some such than that their them then there these they this those through under very want well were what when where which while who will with would your yours today tomorrow week year first three thing things people really anyone anything someone something everyone everything nobody nothing always never still ever ' +
  // Who may speak, in a subject's description ("only the press office comments"), names no subject.
  'spokesperson spokespeople comments speaks ' +
  // Negated forms of the verbs above name no subject either ("didn't open my laptop").
  // Number words, as digits do not count either.
  'four five seven eight nine eleven twelve twenty thirty forty fifty hundred thousand ' +
  "didn't didn’t don't don’t doesn't doesn’t isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t can't can’t won't won’t couldn't couldn’t wouldn't wouldn’t shouldn't shouldn’t haven't haven’t hasn't hasn’t"
).split(' ');

/**
 * Everyday words that say little about a subject on their own: a theme whose title or
 * description happens to use "open" or "small" is not served by every post that opens a laptop
 * or makes a small change. A theme's own one-word keywords keep their full weight (see
 * similarity.ts).
 */
export const everydayWords = (
  // Adjectives and adverbs of any subject.
  'open close closed back half good great small smaller big bigger large little long short high low full whole real right left next last early late best better nice happy proper sure free easy hard clear different important able own other same new old young ' +
  // Verbs of any subject.
  'take takes took taken get gets got give gives gave given make makes making go goes going went gone come comes came coming see sees saw seen know knew think thought look looks looked want wanted need needs needed keep keeps kept let lets put puts set start starts started begin began show shows showed tell tells told ask asks asked find finds found use uses used try tries tried leave leaves call calls called move moves moved live lives lived bring brings brought happen happened turn turned stay stayed walk walks walked swap swapped read reads play plays played run runs ran hold holds held stand stands meet meets met wait waited spend spent change changes changed ' +
  // Nouns of any subject.
  'time times day days way ways lot lots part parts kind kinds side sides end bit bits moment moments minute minutes hour hours morning evening number numbers point points thank thanks'
).split(' ');
