// Off strategy: speaking for the organisation on a subject reserved for its spokespeople (legal
// matters, incidents, prices), by someone who is not a spokesperson. It matters when the writer
// speaks as an insider (we, our, I, the organisation's name): a film review full of
// "explosions" is no crisis communication. "Zero incidents" reports a record, not an incident;
// a service reply that takes the customer's own matter to private messages is service, a live
// notice signed by the service team says what is running or closed (the team strategies leave
// that to), and a copy of the pack's own release repeats what the spokespeople said. A word
// named as a hazard ("can start a fire") or to decline to speak of it is not the matter.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { STRATEGY, strategyFacts } from '../../engine/nlp/strategy-match';
import { compileOrganisation, voiceOf } from '../../engine/nlp/organisation';
import { pickText } from '../../engine/pack/text';
import { MOVES_TO_PRIVATE } from '../personal-case/signals';
import { isDeclined, isNegated, isRiskTalk, namesInstitution, relaysOfficialLine, signedByServiceTeam, isJobAdvert, onPublicRoad, quotesPublished, otherSense, isHistory, tellsHarmOrMoney } from './negated';
import { familyPhrases, type SubjectFamily } from '../../engine/nlp/subject-families';
import { lowerKeepLength, test } from '../../engine/nlp/phrases';
import { copiesOwnRelease, releaseCopy } from '../press-release/copy';

/**
 * The subjects a service team may post live notices on (what is running, closed or affected):
 * incidents and outages, closures, strikes, recalls. Prices, results and lawsuits stay with the
 * spokespeople whoever signs.
 */
const LIVE_NOTICE: ReadonlySet<SubjectFamily> = new Set(['incident', 'closures', 'labour', 'product-safety']);

function detect(ctx: RuleContext): RuleHit[] {
  if (ctx.role === 'spokesperson' || !(ctx.pack.strategy?.reserved?.length ?? 0)) return [];
  const voice = voiceOf(ctx.tokens, compileOrganisation(ctx.pack));
  if (voice.we + voice.i + voice.org === 0) return [];
  if (ctx.reply && ctx.fact(MOVES_TO_PRIVATE)) return [];
  // A copy of the pack's own release repeats what the spokespeople already said: that is the
  // press-release rule's business, not a new statement on a reserved subject.
  if (copiesOwnRelease(ctx)) return [];
  // So does a post that passes on their statement ("Statement from our press office: …").
  if (relaysOfficialLine(ctx.text)) return [];
  const { data, facts } = strategyFacts(ctx);
  const hits: RuleHit[] = [];
  // A live notice signed by the service team: only on subjects that are all live matters
  // (incidents, closures, strikes, recalls), and never when someone is hurt or money is named.
  const serviceTeam = signedByServiceTeam(ctx.text) && !tellsHarmOrMoney(ctx.text);
  // A job advert names the job's pay and agreement ("salaris volgens de cao"): its terms, not
  // pay talks or staffing.
  const jobAdvert = isJobAdvert(ctx.text);
  // A price quoted where it is published ("staat op onze website"), with no change of any kind
  // in the post, is what anyone may share; a change ("gaat naar € 9,80 per keer") stays with the
  // spokespeople.
  let published: boolean | undefined;
  const quotes = () => (published ??= quotesPublished(ctx.text) && !test(familyPhrases('finance', ctx.lang) ?? /$^/u, lowerKeepLength(ctx.text)));
  data.reserved.forEach((s, i) => {
    const families = s.words.families;
    if (families.length > 0 && families.every((f) => f === 'finance') && quotes()) return;
    if (serviceTeam && families.length > 0 && families.every((f) => LIVE_NOTICE.has(f))) return;
    if (jobAdvert && families.length > 0 && families.every((f) => f === 'labour' || f === 'personnel')) return;
    const names = (span: Span) => !isNegated(ctx.text, span) && !isRiskTalk(ctx.text, span) && !isDeclined(ctx.text, span) && !onPublicRoad(ctx.text, span) && !otherSense(ctx.text, span) && !isHistory(ctx.text, span) && !namesInstitution(ctx.text, span);
    let found = facts.reserved[i]!.filter(names);
    // A keyword that says the matter did not happen ("geen nieuwe cao") does not hide the words
    // that name it all the same ("… leggen we het werk neer").
    if (found.length === 0 && facts.reserved[i]!.some((span) => isNegated(ctx.text, span))) found = facts.reservedWords[i]!.filter(names);
    if (found.length === 0) return;
    hits.push({
      spans: found,
      message: ctx.t({ nl: 'Over "{subject}" spreken alleen de woordvoerders van de organisatie.', en: 'Only the organisation\'s spokespeople speak about "{subject}".' }, { subject: pickText(s.title, ctx.msgLang) }),
      suggestion: ctx.t({ nl: 'Verwijs naar wat de organisatie zelf al heeft gezegd, of laat het aan de woordvoerder.', en: 'Point to what the organisation has already said, or leave it to the spokesperson.' }),
    });
  });
  return hits;
}

export const reservedSubject: Rule = {
  id: 'reserved-subject',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'spokespeople',
  why: {
    nl: 'Over sommige onderwerpen spreken alleen de woordvoerders, zodat de organisatie met één stem spreekt.',
    en: 'Some subjects are for the spokespeople only, so that the organisation speaks with one voice.',
  },
  facts: [STRATEGY, releaseCopy, MOVES_TO_PRIVATE],
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Ik hoor net van collega\'s dat de brand bij de fabriek groter is dan gemeld. Houd je ramen dicht!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Over die rechtszaak tegen ons ziekenhuis: ik kan u verzekeren dat de advocaat niets zal vinden.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'De rechtbank heeft ons vandaag in het gelijk gesteld. Eindelijk rust.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Our lawyers say the planning appeal will fail, so the cable is going in regardless.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Word from our trading desk: wholesale prices will double by spring, fix now!' },
      { lang: 'en', pack: 'northwind-energy', text: '@jo_p Between you and me, our prices will rise again in the spring.', reply: true },
    ],
    pass: [
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Een rechtszaak over ons ziekenhuis? Daarover geeft onze woordvoerder vanmiddag uitleg.', role: 'spokesperson' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Gisteren de nieuwe superheldenfilm gezien. Twee uur lang explosies en brand, maar geen enkel fatsoenlijk verhaal.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Een heel jaar zonder één incident op de werf. Chapeau voor de ploeg van Karim!' },
      { lang: 'nl', pack: 'northwind-energy', text: 'Dag Anke, vervelend dat jullie laadpaal een storing geeft. Stuur ons een privébericht met je klantnummer, dan komt een technieker langs. – Ruben', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: 'Zero accidents and no incidents in 400 days on the platform. That is the crew\'s work: thank you all.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Our prices have not changed, and we always write to you a month before they do. Happy to check your tariff by DM.', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: 'Power outage in parts of Fellbridge since 06:00. Crews are on their way; the live map shows your street. – Customer team' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Een kapotte accu in de container kan brand veroorzaken. Lever batterijen dus altijd apart in.' },
    ],
  },
};
