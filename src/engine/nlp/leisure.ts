// Leisure and fan talk: snacks, TV shows, matches, polls about favourites. An organisation's
// post about these serves no goal unless it also touches a theme; with a weak theme fit, one
// such word is enough to call a short post off-strategy. Lower-cased, linear-time lexicon.
import { lexicon, lowerKeepLength, matchAll } from './phrases';
import type { Span } from '../types';

const LEISURE = lexicon([
  // Food as treat and favourites.
  'friet(?:je|jes|saus|sauzen)?', 'frites', 'fries', 'mayo', 'pizza(?:s)?', 'hamburgers?', 'burgers?', 'snoep', 'crisps', 'nachos', 'donuts?', 'doughnuts?',
  'favoriete snack', 'favourite snack', 'favorite snack', 'crisp flavours?', 'chipssmaak', 'bier(?:tje|tjes|festival|proeverij)?', 'borrel(?:tje)?', 'cocktails?', 'quiz time',
  '🍟', '🍕', '🍔', '🍻', '🍺', '🍿', '📺', '⚽', '🎬',
  // Television, film and music contests.
  'songfestival', 'eurovisie', 'eurovision', 'netflix', 'bioscoop', 'cinema', 'tv-serie', 'tv-programma', 'tv show', 'reality show', 'strictly', 'bake off', 'x factor', 'the voice',
  '(?:the )?\\p{L}+ final tonight', 'seizoensfinale', 'season finale',
  '(?:favoriete|beste|favourite|favorite|best) (?:kerst)?(?:film|movie|serie|series|tv-serie|song|liedje|album)', 'filmavond', 'movie night', 'kerstfilm', 'christmas (?:film|movie)', 'boxset', 'binge-?watch\\p{L}*',
  // Sport as a fan.
  'voetbal', 'football', 'soccer', 'premier league', 'champions league', 'rode duivels', 'wk-finale', 'ek-finale', 'world cup', 'the match', 'de match', 'wat een match', 'what a match',
  'wat een goal', 'what a goal', 'stadion', 'stadium', 'darts', 'formule 1', 'formula (?:1|one)', 'grand prix', 'tour de france', 'olympische spelen', 'the olympics', 'wat een race', 'what a race', 'doelpunt', 'penalty', 'scheidsrechter', 'referee', 'wie wint er', 'who wins', 'who will win', 'wie wint',
  // Polls about favourites.
  'stem in onze stories', 'vote in our stories', 'poll in (?:our|onze) stories', 'team \\p{L}+ of team \\p{L}+', 'team \\p{L}+ or team \\p{L}+',
]);

export function leisureSpans(text: string): Span[] {
  return matchAll(LEISURE, lowerKeepLength(text));
}
