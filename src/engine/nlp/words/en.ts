// English closed word classes the engine reads: who speaks and to whom, and the words that say
// nothing about a subject. Lower-case, as the tokenizer gives them (words.test.ts checks that).

/** "We", the writer and the organisation together. */
export const firstPersonPlural = ['we', "we're", 'we’re', "we've", 'we’ve', "we'll", 'we’ll', "we'd", 'we’d', 'our', 'ours', 'us', 'ourselves', "let's", 'let’s'];
/** "I", the writer alone. */
export const firstPersonSingular = ['i', 'my', 'mine', 'myself', "i'm", 'i’m', "i've", 'i’ve', "i'll", 'i’ll', "i'd", 'i’d', 'me'];
/** The reader, addressed. */
export const readerAddress = ['you', 'your', 'yours', "you're", 'you’re', "you've", 'you’ve', "you'll", 'you’ll', "you'd", 'you’d', 'yourself', 'yourselves', 'y’all', "y'all"];

/** Words that name no subject (short words are skipped anyway). */
export const stopWords = (
  'about after again all also and any are because been before being both but can could does doing down each even every from have having here how into just like made make many more most much must only other our ours over same should some such than that their them then there these they this those through under very want well were what when where which while who will with would your yours today tomorrow week year first three thing things people really anyone anything someone something everyone everything nobody nothing always never still ever ' +
  // Who may speak, in a subject's description ("only the press office comments"), names no subject.
  'spokesperson spokespeople comments speaks'
).split(' ');
