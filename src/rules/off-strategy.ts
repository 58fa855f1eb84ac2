// Off the organisation's strategy: a subject it stays away from (a personal case only when a
// person can be recognised and the post does not move it to a private channel), a subject
// reserved for its spokespeople, or — rarely, and only when sure — no fit with any theme or goal.
import type { Rule, RuleContext, RuleHit } from '../engine/rule';
import { fitScore, isContentToken, sumOf } from '../engine/nlp/similarity';
import { healthSpans, identifierSpans, medicalAdviceSpans, movesToPrivate } from '../engine/nlp/personal-case';
import { leisureSpans } from '../engine/nlp/leisure';
import { isNegated } from '../engine/nlp/negated';
import { derisionSpans } from '../engine/nlp/derision';
import { compileStrategy, gatherStrategy, type StrategyData } from '../engine/nlp/strategy-match';
import { compileOrganisation, voiceOf } from '../engine/nlp/organisation';
import { pickText } from '../engine/pack/text';
import type { PackTheme } from '../engine/pack/types';

/** Below this fit, with enough words to judge, nothing in the strategy is served. */
const NO_FIT_SUM = 0.3;
const MIN_CONTENT_WORDS = 12;
/** Leisure talk (snacks, TV, a match) with at most a weak echo of a theme serves no goal. */
const LEISURE_FIT = 0.4;
const LEADING_MENTION = /^\s*@[\w.]+/u;

function detect(ctx: RuleContext): RuleHit[] {
  const data = ctx.data as StrategyData;
  const lang = ctx.lang;
  const title = (t: PackTheme['title']) => pickText(t, ctx.msgLang);
  const personalSubjects = data.personal;
  const facts = gatherStrategy(ctx.sentences, ctx.memo, data, lang);

  // Strategy fit: the best theme, or goal, for the scores and the messages.
  const ranked = data.themes
    .map((t, i) => ({ ...t, fit: sumOf(t.profile, facts.themes[i]!, lang) }))
    .sort((a, b) => b.fit - a.fit);
  const goalFit = Math.max(0, ...data.goals.map((g, i) => sumOf(g.profile, facts.goals[i]!, lang)));
  const best = ranked[0];
  if (best) ctx.scores.strategyFit = { score: Math.round(fitScore(Math.max(best.fit, goalFit)) * 100) / 100, themeId: best.id, title: title(best.title) };
  const themeList = () => {
    if (!best) return '';
    const others = ranked.slice(1).map((t) => title(t.title));
    return ctx.t({ nl: ' Het dichtst in de buurt: "{best}". Andere thema\'s: {others}.', en: ' Closest theme: "{best}". Other themes: {others}.' }, { best: title(best.title), others: others.join(', ') });
  };

  const hits: RuleHit[] = [];
  data.avoid.forEach((s, i) => {
    const found = facts.avoid[i]!;
    if (s.personal || found.length === 0) return;
    hits.push({
      spans: found,
      message: ctx.t({ nl: 'Dit raakt aan "{subject}", een onderwerp waar we online van wegblijven.', en: 'This touches on "{subject}", a subject we stay away from online.' }, { subject: title(s.title) }) + themeList(),
      suggestion: ctx.t({ nl: 'Laat dit onderwerp hier liever weg, of vertel over je eigen werk.', en: 'Better leave this subject out here, or tell about your own work.' }),
    });
  });
  const reply = ctx.input.reply || LEADING_MENTION.test(ctx.text);
  const privateMove = movesToPrivate(ctx.text);
  // Health details count as a personal subject in any pack: a named patient is a patient.
  const health = healthSpans(ctx.text);
  let sensitive = personalSubjects.findIndex((_, i) => facts.personal[i]!.length > 0);
  const sensitiveSpans = sensitive >= 0 ? facts.personal[sensitive]! : health;
  if (sensitive < 0 && health.length > 0) sensitive = 0;
  if (sensitive >= 0 && !privateMove) {
    const people = identifierSpans(ctx.text, ctx.input.reply);
    const s = personalSubjects[sensitive]!;
    if (people.length > 0) {
      hits.push({
        spans: [...people, ...sensitiveSpans].sort((a, b) => a.start - b.start),
        severity: 'warning',
        message: ctx.t({ nl: 'Je vertelt hier over de persoonlijke situatie van iemand die herkenbaar is ({subject}).', en: 'This tells the personal situation of someone who can be recognised ({subject}).' }, { subject: title(s.title) }),
        suggestion: ctx.t({ nl: 'Haal de persoonlijke details weg en ga verder in een privébericht of aan de telefoon.', en: 'Take the personal details out and continue by direct message or phone.' }),
      });
    }
  }
  const advice = reply ? medicalAdviceSpans(ctx.text) : [];
  if (advice.length > 0) {
    hits.push({
      spans: advice,
      severity: 'warning',
      message: ctx.t({ nl: 'Dit is persoonlijk medisch advies in een openbare reactie.', en: 'This is personal medical advice in a public reply.' }),
      suggestion: ctx.t({ nl: 'Verwijs naar de eigen arts of apotheker, en ga verder in een privébericht.', en: 'Refer to their own doctor or pharmacist, and continue by direct message.' }),
    });
  }
  // Mocking a competitor or grumbling about one's own organisation serves no goal (judged only
  // against a pack with a strategy, so the default pack stays quiet).
  const derision = reply || !best ? [] : derisionSpans(ctx.text);
  if (derision.length > 0) {
    hits.push({
      spans: derision,
      message: ctx.t({ nl: 'Dit maakt een ander belachelijk of moppert in het openbaar over je eigen organisatie.', en: 'This mocks someone else or grumbles in public about your own organisation.' }),
      suggestion: ctx.t({ nl: 'Bespreek ergernis intern, en laat concurrenten met rust. Vertel liever wat jouw werk de lezer oplevert.', en: 'Raise frustrations internally and leave competitors alone. Tell what your work brings the reader instead.' }),
    });
  }
  // Reserved subjects matter when the writer speaks as an insider (we, our, I, the
  // organisation's name); a film review full of "explosions" is no crisis communication.
  // "Zero incidents" reports a record, not an incident; a service reply that takes the
  // customer's own fault to private messages is service, not an announcement.
  const voice = voiceOf(ctx.tokens, compileOrganisation(ctx.pack));
  if (ctx.role !== 'spokesperson' && voice.we + voice.i + voice.org > 0 && !(reply && privateMove)) {
    data.reserved.forEach((s, i) => {
      const found = facts.reserved[i]!.filter((span) => !isNegated(ctx.text, span));
      if (found.length === 0) return;
      hits.push({
        spans: found,
        message: ctx.t({ nl: 'Over "{subject}" spreken alleen de woordvoerders van de organisatie.', en: 'Only the organisation\'s spokespeople speak about "{subject}".' }, { subject: title(s.title) }),
        suggestion: ctx.t({ nl: 'Verwijs naar wat de organisatie zelf al heeft gezegd, of laat het aan de woordvoerder.', en: 'Point to what the organisation has already said, or leave it to the spokesperson.' }),
      });
    });
  }

  // No fit: only with themes, never on a reply (service), never on the pack's own release
  // (press-release runs first and owns that nudge), and only when the post says enough.
  const content = ctx.tokens.filter(isContentToken).length;
  const ownRelease = ctx.scores.pressRelease.similarity >= 0.3;
  const fit = Math.max(best?.fit ?? 0, goalFit);
  const noFit = (content >= MIN_CONTENT_WORDS && fit < NO_FIT_SUM && voice.org === 0) || (fitScore(fit) < LEISURE_FIT && leisureSpans(ctx.text).length > 0);
  if (hits.length === 0 && best && !ctx.input.reply && !ownRelease && noFit) {
    hits.push({
      spans: ctx.sentences.length > 0 ? [{ start: ctx.sentences[0]!.start, end: ctx.sentences[ctx.sentences.length - 1]!.end }] : [],
      message: ctx.t({ nl: 'Dit bericht sluit niet aan bij een van onze thema\'s of doelen.', en: 'This post does not connect with any of our themes or goals.' }) + themeList(),
      suggestion: ctx.t({ nl: 'Kun je het verbinden met "{best}"? Vertel wat het voor de lezer betekent.', en: 'Could you connect it to "{best}"? Say what it means for the reader.' }, { best: title(best.title) }),
    });
  }
  if (hits.length === 0 && best && fitScore(best.fit) >= 0.6) {
    ctx.praise.push({ kind: 'theme', spans: [], message: ctx.t({ nl: 'Past bij het thema "{theme}".', en: 'Serves the theme "{theme}".' }, { theme: title(best.title) }) });
  }
  return hits;
}

export const offStrategy: Rule = {
  id: 'off-strategy',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'strategy',
  why: {
    nl: 'Onze berichten dienen de doelen en thema\'s die we samen kozen. Sommige onderwerpen laten we aan woordvoerders, en persoonlijke situaties horen nooit in het openbaar.',
    en: 'Our posts serve the goals and themes we chose together. Some subjects we leave to spokespeople, and personal situations never belong in public.',
  },
  compile: compileStrategy,
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Stem bij de verkiezingen in maart vooral niet op die oppositiepartij, die heeft alleen maar dwarsgelegen.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Meneer Bakker, uw bezwaar tegen de boete is afgewezen. U kunt nog in beroep gaan.', reply: true },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Ik hoor net van collega\'s dat de brand bij de fabriek groter is dan gemeld. Houd je ramen dicht!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Mevrouw Claes (91) van kamer 312 vierde vandaag haar verjaardag op de afdeling na haar operatie 🎂' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'De federale regering snoeit weer in de zorg. Tijd dat de vakbond de straat op gaat!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Over die rechtszaak tegen ons ziekenhuis: ik kan u verzekeren dat de advocaat niets zal vinden.' },
      { lang: 'en', pack: 'northwind-energy', text: 'The government\'s energy policy is a joke and every minister involved should resign.' },
      { lang: 'en', pack: 'northwind-energy', text: '@sam_t I checked your account, Sam: you are £300 in arrears, so the direct debit went up.', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: 'Our lawyers say the planning appeal will fail, so the cable is going in regardless.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Word from our trading desk: wholesale prices will double by spring, fix now!' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Gisteren de nieuwe superheldenfilm gezien in de bioscoop. Wat een tegenvaller, en na afloop stond mijn fiets met een lekke band in de regen. Mooie dinsdag zo.' },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'Interesting case today: a 47-year-old man from Durmelo with a rare tumour. Scan below, anonymised of course.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Honestly the new barrier at my gym car park is the worst design I have ever seen. Who signs off on these things? Total nonsense from start to finish, and nobody at the desk cares either.' },
      // Dose changes in a reply, a patient named by room and condition, an insider on a court ruling.
      { lang: 'nl', pack: 'zorgnet-schelde', text: '@rik_v Bij die rugpijn mag je de pijnstillers gerust verhogen naar vier per dag.', reply: true },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Onze Gerda van kamer 17 mag na haar beroerte eindelijk naar huis!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'De rechtbank heeft ons vandaag in het gelijk gesteld. Eindelijk rust.' },
      { lang: 'en', pack: 'northwind-energy', text: '@jo_p Between you and me, our prices will rise again in the spring.', reply: true },
      // Leisure talk with no theme behind it, however short.
      { lang: 'en', pack: 'northwind-energy', text: 'Crisps or nachos with your Friday lunch? 🍟 Tell us below!' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Wie kijkt er vanavond mee naar het songfestival? 🎤' },
      // Laughing at a competitor, grumbling about one's own systems.
      { lang: 'en', pack: 'northwind-energy', text: 'A competitor just sent me their new tariff leaflet. Seven pages of small print 🤣' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Ons roostersysteem ligt alweer plat en niemand weet wanneer het terugkomt 🙄' },
    ],
    pass: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Waar zou jij in jouw straat graag een boom zien? We planten er dit najaar honderd in Sluisdorp.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Hoi Petra, vervelend dat je uitkering later is. Stuur ons een privébericht, dan bellen we je vandaag nog. ^Sanne', reply: true },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Dertig jaar stond Ria achter de balie. Vandaag haar laatste dag. Dank je wel voor al je geduld met ons!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Nachtdienst zit erop. Collega\'s, hoe houden jullie je energie vast om vier uur \'s nachts?' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Een rechtszaak over ons ziekenhuis? Daarover geeft onze woordvoerder vanmiddag uitleg.', role: 'spokesperson' },
      { lang: 'nl', text: 'Morgen weer een dag, eerst koffie. Wat drinken jullie het liefst bij het ontbijt op het werk?' },
      { lang: 'en', pack: 'northwind-energy', text: 'Heat pump owners: what surprised you in your first winter? We are rewriting our advice and want your words.' },
      { lang: 'en', pack: 'northwind-energy', text: '@kim_r Sorry about the double charge, Kim. Could you DM us your account number? We will sort it today. – Jo', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: 'Six of us climbed turbine B7 this morning in a gale. Proud of this crew, and very glad of the coffee afterwards.' },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'We are hiring night nurses. Honest version: it is busy, and your buddy will actually have time for you. Questions welcome.' },
      { lang: 'en', text: 'My neighbours keep asking what I do all day. Today: three meetings and one very good sandwich.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Gisteren de nieuwe superheldenfilm gezien. Twee uur lang explosies en brand, maar geen enkel fatsoenlijk verhaal.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Our prices have not changed, and we always write to you a month before they do. Happy to check your tariff by DM.', reply: true },
      // A safety record names incidents to say there were none.
      { lang: 'en', pack: 'northwind-energy', text: 'Zero accidents and no incidents in 400 days on the platform. That is the crew\'s work: thank you all.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Een heel jaar zonder één incident op de werf. Chapeau voor de ploeg van Karim!' },
      // A service reply in the pack's other language that takes the customer's fault private.
      { lang: 'nl', pack: 'northwind-energy', text: 'Dag Anke, vervelend dat jullie laadpaal een storing geeft. Stuur ons een privébericht met je klantnummer, dan komt een technieker langs. – Ruben', reply: true },
      { lang: 'nl', pack: 'zorgnet-schelde', text: '@bert Over uw medicatie kunnen we hier niets zeggen; uw huisarts of apotheker helpt u graag verder. – webteam', reply: true },
      // A match watched together as part of youth work is on a theme.
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Vanavond kijken we met de jongerenwerkers de EK-finale in het buurthuis. Wat wil jij op de nieuwe skatebaan zien?' },
      { lang: 'en', pack: 'northwind-energy', text: 'Haha, my first heat pump install took four hours 😂 The apprentices now do it in two. What did your first week at work teach you?' },
    ],
  },
};
