// Selling and boasting: superlatives about the organisation, award parading, "proud to
// announce", sales calls and discounts, the author polishing their own image. A result shared
// modestly, with credit to others or a real question, is not flagged on weak signals alone.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { assessPromotion } from '../../engine/nlp/assess-promotion';
import { mergeSpans } from '../../engine/nlp/assess-dialogue';
import type { PromotionKind } from '../../engine/nlp/promotion-signals';
import { driverSpans, fires, loadModel, scoreSignals, type LinearModel, type ModelFile } from '../../engine/model/linear';
import { SIGNAL_INDEX, type SignalName } from '../../engine/signals/extract';
import modelFile from './model.json' with { type: 'json' };

const MESSAGE = {
  nl: 'Dit bericht verkoopt of pronkt ({words}). Lezers haken daarop af; wat zij eraan hebben, blijft onderbelicht.',
  en: 'This post sells or boasts ({words}). Readers tune out of that, and what they gain from it gets lost.',
};

const SUGGESTION: Record<'boast' | 'sales' | 'image', { nl: string; en: string }> = {
  boast: {
    nl: 'Begin met wat de lezer eraan heeft en laat de superlatieven weg. Noem wie het mogelijk maakte: een lof van een ander zegt meer dan je eigen.',
    en: 'Lead with what the reader gains and drop the superlatives. Credit the people who made it happen: praise from others says more than your own.',
  },
  sales: {
    nl: 'Vertel wat het de lezer concreet oplevert en laat de koopoproep weg. Vraag liever wat mensen nog willen weten.',
    en: 'Say what it concretely does for the reader and drop the buy-now call. Ask what people would still like to know instead.',
  },
  image: {
    nl: 'Vertel wat je hebt geleerd en wie je hielp, in plaats van wat het jou oplevert. Bedank de mensen met wie je het deed.',
    en: 'Share what you learned and who helped you, rather than what it says about you. Thank the people you did it with.',
  },
};

function suggestionKind(kinds: Set<PromotionKind>): keyof typeof SUGGESTION {
  if (kinds.has('sales')) return 'sales';
  if (kinds.has('image')) return 'image';
  return 'boast';
}

function detect(model: LinearModel, ctx: RuleContext): RuleHit[] {
  const a = assessPromotion(ctx);
  const set = ctx.signals();
  const score = scoreSignals(model, set);
  ctx.scores.promotion = Math.round(score.p * 100) / 100;
  // A release's superlative quote ("the finest outdoor pool in the North") is the organisation
  // praising itself however long the release around it: the model, which weighs the whole post,
  // lets the quote drown in the release's facts.
  const v = (name: SignalName) => set.values[SIGNAL_INDEX[name]]!;
  const releaseBoast = v('pr-superlative') > 0 && (v('reg-quote') > 0 || v('said-quote') > 0) && (v('reg-dateline') > 0 || v('reg-header') > 0 || v('dateline') > 0);
  if (!releaseBoast && !fires(model, score, set, ctx.input.intensity ?? 'normal')) return [];
  const spans: Span[] = mergeSpans(a.hits.length ? a.hits : driverSpans(score, set));
  if (spans.length === 0) return [];
  const words = [...new Set(spans.slice(0, 3).map((h) => `"${ctx.text.slice(h.start, h.end)}"`))].join(', ');
  return [{ spans, message: ctx.t(MESSAGE, { words }), suggestion: ctx.t(SUGGESTION[suggestionKind(a.kinds)]) }];
}

/** The detector with a given model: the shipped one, or one fitted without a source. */
export function selfPromotionRule(model: LinearModel): Rule {
  return { ...selfPromotion, detect: (ctx) => detect(model, ctx) };
}

const SHIPPED = loadModel(modelFile as ModelFile);

export const selfPromotion: Rule = {
  id: 'self-promotion',
  category: 'self-promotion',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'no-selling',
  why: {
    nl: 'Mensen volgen je voor wat ze eraan hebben, niet voor reclame. Laat resultaten voor zich spreken, geef anderen de eer en verkoop niet.',
    en: 'People follow you for what they get out of it, not for advertising. Let results speak for themselves, give others the credit, and do not sell.',
  },
  detect: (ctx) => detect(SHIPPED, ctx),
  examples: {
    fire: [
      { lang: 'nl', text: 'Wij zijn de beste woningcorporatie van Nederland! Niemand bouwt sneller dan wij. #trots' },
      { lang: 'nl', text: 'Trots om te melden dat onze bibliotheek de Leesprijs 2026 heeft gewonnen! 🏆 #trots' },
      { lang: 'nl', text: 'Als toonaangevende marktleider in groene daken leveren wij unieke kwaliteit. Bestel nu met 15% korting!' },
      { lang: 'nl', text: 'Nu tijdelijk een gratis adviesgesprek voor nieuwe klanten. Boek vandaag nog via de link in bio!' },
      { lang: 'nl', text: 'Onder mijn leiding is de afdeling in twee jaar verdubbeld. Volgende week ben ik keynote spreker op het congres.' },
      { lang: 'nl', text: 'Ons nieuwe zwembad is het modernste van de hele provincie. Kom het zien!' },
      { lang: 'en', text: 'We are the UK’s leading bicycle repair network, award-winning and second to none. Join thousands of happy customers today!' },
      { lang: 'en', text: 'Proud to announce that our clinic has been named Clinic of the Year 2026 🏆' },
      { lang: 'en', text: 'Spring sale: 25% off all garden services when you book now. Offer ends Friday!' },
      { lang: 'en', text: 'Under my leadership our team doubled revenue in a year. Top performer again. Big things coming.' },
      { lang: 'en', text: 'Our new lab is the most advanced facility of its kind in Europe.' },
      { lang: 'en', text: 'Thrilled to share that I have been promoted to Chief Growth Officer! Onwards and upwards 🚀' },
      // Exclusive comparisons and a staff member's own record.
      { lang: 'nl', text: 'Voor een nieuwe knie bent u nergens sneller geholpen. Dé referentie voor orthopedie.' },
      { lang: 'nl', text: 'Twaalf jaar aan de balie en nog altijd de snelste van de hele afdeling. Wie doet me dat na?' },
      { lang: 'en', text: 'Nobody in the region fits solar panels faster than our crews. The reference for rooftop power.' },
      { lang: 'en', text: 'I have closed more contracts this year than anyone else in the company. Recruiters, my inbox is open.' },
      // Deals, giveaways, honours and praise of the own offer, with no superlative in sight.
      { lang: 'nl', text: 'Deel dit bericht en maak kans op een maand gratis boodschappen! Vanaf nu ook bij jou in de buurt gratis thuisbezorgd.' },
      { lang: 'nl', text: 'We zijn vereerd met de nominatie voor Winkel van het Jaar. Stem op ons via de link!' },
      { lang: 'nl', text: 'Nieuw: onze overheerlijke maaltijdbox, zonder abonnement en tegen de laagste prijs. Bestel hem vandaag nog!' },
      { lang: 'en', text: 'Win a year of free coffee! Share this post and tag a friend for a chance to win.' },
      { lang: 'en', text: 'We are honoured to have been shortlisted for Retailer of the Year. Vote for us here!' },
      { lang: 'en', text: 'Our delicious new meal boxes are here: no subscription, just great food at the lowest prices.' },
    ],
    pass: [
      { lang: 'nl', text: 'Onze bibliotheek kreeg een prijs voor de voorleesochtenden. Eerlijk gezegd is dat vooral de verdienste van de vrijwilligers: dank aan Els en Ahmed! Wat zouden jullie nog willen?' },
      { lang: 'nl', text: 'Kleine stap: de wachttijd bij de balie is gedaald naar tien minuten. Nog altijd te lang. Het idee voor een aparte afhaalbalie kwam van een collega.' },
      { lang: 'nl', text: 'Tip: wist je dat je je afvalpas gratis kunt vervangen bij de balie? Neem je oude pas mee.' },
      { lang: 'nl', text: 'Eerlijke vraag: is onze nieuwe app nu echt beter, of vooral mooier? Ik hoor het graag, ook als het kritiek is.' },
      { lang: 'nl', text: 'Welke fietsroute naar school vind jij het veiligst? We tekenen de routes opnieuw.' },
      { lang: 'nl', text: 'Dit is onze beste koffiemachine, zegt het team 😄 Wat houdt jullie overeind in de nachtdienst?' },
      { lang: 'en', text: 'We won a small award for our repair café. Honestly, the credit goes to the volunteers who turn up every Saturday. Thank you, Mo and Jess.' },
      { lang: 'en', text: 'Not posting this to show off: two years without a serious injury on our sites. The biggest change came from a scaffolder in our York team.' },
      { lang: 'en', text: 'Honest question for tenants: would you pay a little more rent for solar panels on the roof? We are designing something and want your view first.' },
      { lang: 'en', text: 'What is the best tip you ever got from a colleague on your first day?' },
      { lang: 'en', text: 'Quick explainer: the standing charge on your bill pays for the connection, even if you use nothing. What else on your bill puzzles you?' },
      { lang: 'en', text: 'Our best recruiters turned out to be the caretakers, not our ads. Has anyone seen the same?' },
      { lang: 'nl', text: 'De meeste collega\'s van de afdeling fietsen inmiddels naar het werk. Wat zou jou over de streep trekken?' },
      { lang: 'en', text: 'Most of the team voted for the quieter trolleys. Thanks to everyone on ward 4 who tried them.' },
      // Free help pointed out for the reader's sake is no sales pitch.
      { lang: 'en', text: 'Reminder: the bulky waste collection is free once a year for every household. Book a slot on the council website.' },
      { lang: 'nl', text: 'Goed om te weten: een energiecoach komt gratis bij je langs om te kijken waar je kunt besparen. Afspraak maken kan via de website.' },
    ],
  },
};
