// Dutch closed word classes the engine reads: who speaks and to whom, and the words that say
// nothing about a subject. Lower-case, as the tokenizer gives them (words.test.ts checks that).

/** "We", the writer and the organisation together. */
export const firstPersonPlural = ['wij', 'ons', 'onze', 'onszelf'];
/** "I", the writer alone. */
export const firstPersonSingular = ['ik', 'mij', 'mijn', "m'n", 'm’n', 'me', 'mezelf'];
/** The reader, addressed. */
export const readerAddress = ['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw', 'jezelf', 'uzelf'];

/** Words that name no subject (short words are skipped anyway). */
export const stopWords = (
  'aan alle alles andere omdat onder onze over door zijn haar hebben heeft hier daar deze dit die wat waar wanneer welke wordt worden zoals samen voor naar meer maar ook zelf iets niets iemand iedereen elke goed echt veel vooral vandaag morgen gisteren week jaar weer nog even graag kunnen moeten willen zullen zouden mogen laten maken doen gaan komen staan zien weten vinden denken vragen geven krijgen houden nieuwe nieuw eerste twee drie hun jullie wij ons mijn jouw uw hoe wie waarom ' +
  // Who may speak, in a subject's description ("alleen de woordvoerder reageert"), names no subject.
  'alleen woordvoerder woordvoerders reageert reageren spreekt spreken communiceert persbureau'
).split(' ');
