// Language detection for Dutch and English by function words. Social posts are short and full of
// names, hashtags and links, where character n-gram models (franc, cld) go wrong; a couple of
// hundred function words decide nl/en reliably at a fraction of the bytes (see docs/engine.md).
import type { DetectedLang } from '../types';

const NL = new Set(
  ('de het een en van in is op te dat die voor met zijn niet aan er maar om ook als bij of nog wat dan naar ze je jij jullie we wij ons onze uw u ik mijn hij zij hun deze dit door over uit tot kan kunnen wordt worden werd zal zullen heeft hebben had was waren al meer geen na tegen want omdat hoe waar wie waarom wanneer welke graag even samen alle iedereen niets iets hier daar nu morgen vandaag gisteren week jaar nieuwe nieuw goed heel veel zo zou moet moeten mag mogen laat laten doen gaat gaan komt komen zien weten vind vinden denk denken vraag vragen bedankt dank mee onder tussen tijdens sinds zonder binnen buiten per rond terug weer toch zelf elke elk ieder welk'
  ).split(' '),
);
const EN = new Set(
  ('the a an and of to in is on that this for with are be not at but or as by from it its we our us you your they their them he she his her i my me was were will would can could has have had do does did been being there here what which who whom whose why when where how all any more most no new about into over after before up out just so than then also very today tomorrow week year great good thanks thank please join share let see get make read learn find know think ask tell us proud announce these those some each every because while during since without within around back again only own same should must may might shall')
    .split(' '),
);

/** 'nl', 'en', or 'other' when neither language has enough evidence. */
export function detectLanguage(words: readonly string[]): DetectedLang {
  let nl = 0;
  let en = 0;
  for (const w of words) {
    if (NL.has(w)) nl++;
    if (EN.has(w)) en++;
  }
  if (nl === 0 && en === 0) return 'other';
  if (nl === en) return 'other';
  return nl > en ? 'nl' : 'en';
}
