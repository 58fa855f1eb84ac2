// Off strategy: a subject the organisation stays away from online (party politics, for
// example), named by one of the pack's `strategy.avoid` keywords. Subjects marked `personal`
// are someone's own case and belong to the personal-case rule instead. A service reply that
// takes the customer's matter to private messages ("send us your address by DM") is the way
// the strategy wants it handled, not a public discussion of it; so is a subject named only to
// decline to speak about it ("we can't advise on the outbreak itself").
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { STRATEGY, strategyFacts, type Subject } from '../../engine/nlp/strategy-match';
import { closestThemes } from '../../engine/nlp/closest-theme';
import { pickText } from '../../engine/pack/text';
import { MOVES_TO_PRIVATE, personSpans } from '../personal-case/signals';
import { READER_WORD } from '../../engine/nlp/dialogue';
import { GENERIC_DETERMINERS } from '../../engine/nlp/words';
import { copiedSpans, releaseCopy } from '../press-release/copy';
import { isDeclined, isHistory, otherSense } from '../reserved-subject/negated';
import { lexiconOf } from '../../engine/nlp/phrase-data';
import { lowerKeepLength, test } from '../../engine/nlp/phrases';
import * as nl from './nl';
import * as en from './en';

/** A keyword that opens with the reader's "your" ("your balance", "uw aanvraag"). */
const READERS_OWN = new RegExp(`^${READER_WORD.source}\\s`, 'iu');
/** A person in the post: "a lady in the shop", "haar terugbetaling". */
const ONE_PERSON = lexiconOf(nl.onePerson, en.onePerson);
const ONE_CASE = lexiconOf(nl.oneCaseSubjects, en.oneCaseSubjects);
const oneCase = new WeakMap<Subject, boolean>();
/** The subject is one person's own matter (its title or description says so; see en.ts). */
function ofOne(s: Subject): boolean {
  let known = oneCase.get(s);
  if (known === undefined) oneCase.set(s, (known = s.texts.some((text) => test(ONE_CASE, lowerKeepLength(text)))));
  return known;
}
/** The word just before a span. */
const WORD_BEFORE = /(\p{L}+)[\s\u00A0]+$/u;

function detect(ctx: RuleContext): RuleHit[] {
  if (!(ctx.pack.strategy?.avoid?.length ?? 0)) return [];
  if (ctx.reply && ctx.fact(MOVES_TO_PRIVATE)) return [];
  // What the post copies from the pack's own release, the organisation already published: an
  // avoided subject counts only in the writer's own words around it.
  const copied = copiedSpans(ctx);
  const ownWords = (span: Span) => !copied.some((c) => span.start >= c.start && span.end <= c.end);
  const { data, facts } = strategyFacts(ctx);
  // "Check your balance before Saturday" in a notice to everyone names nobody's own case: a
  // keyword in the reader's "your" counts only where someone is answered or addressed.
  const addressed = ctx.reply || ctx.text.trimStart().startsWith('@');
  const ownCase = (span: Span) => addressed || !READERS_OWN.test(ctx.text.slice(span.start, span.end));
  // "Elk verloren voorwerp wordt 14 dagen bewaard": a subject that is one person's own matter,
  // spoken of for every such matter at once, is a notice, not somebody's case.
  const generic = (span: Span) => GENERIC_DETERMINERS.has(WORD_BEFORE.exec(ctx.text.slice(Math.max(0, span.start - 40), span.start))?.[1]?.toLowerCase() ?? '');
  // A subject that is one person's own matter needs a person in the post: somebody answered or
  // addressed, named, or told of ("a lady in the shop"). "Gevonden voorwerpen bewaren we tot 31
  // december" is a notice about everybody's.
  let someone: boolean | undefined;
  const pointsToSomeone = () => (someone ??= addressed || personSpans(ctx.text, ctx.reply).length > 0 || test(ONE_PERSON, lowerKeepLength(ctx.text)));
  const hits: RuleHit[] = [];
  data.avoid.forEach((s, i) => {
    const found = facts.avoid[i]!.filter((span) => ownWords(span) && ownCase(span) && !isDeclined(ctx.text, span) && !otherSense(ctx.text, span) && !isHistory(ctx.text, span) && !(ofOne(s) && (generic(span) || !pointsToSomeone())));
    if (s.personal || found.length === 0) return;
    hits.push({
      spans: found,
      message:
        ctx.t({ nl: 'Dit raakt aan "{subject}", een onderwerp waar we online van wegblijven.', en: 'This touches on "{subject}", a subject we stay away from online.' }, { subject: pickText(s.title, ctx.msgLang) }) +
        closestThemes(facts.ranked, ctx.t, ctx.msgLang),
      suggestion: ctx.t({ nl: 'Laat dit onderwerp hier liever weg, of vertel over je eigen werk.', en: 'Better leave this subject out here, or tell about your own work.' }),
    });
  });
  return hits;
}

export const avoidedSubject: Rule = {
  id: 'avoided-subject',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'strategy',
  why: {
    nl: 'Onze berichten dienen de doelen en thema\'s die we samen kozen. Van sommige onderwerpen blijven we online weg.',
    en: 'Our posts serve the goals and themes we chose together. Some subjects we stay away from online.',
  },
  facts: [STRATEGY, MOVES_TO_PRIVATE, releaseCopy],
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Stem bij de verkiezingen in maart vooral niet op die oppositiepartij, die heeft alleen maar dwarsgelegen.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'De federale regering snoeit weer in de zorg. Tijd dat de vakbond de straat op gaat!' },
      { lang: 'en', pack: 'northwind-energy', text: 'The government\'s energy policy is a joke and every minister involved should resign.' },
      { lang: 'en', pack: 'gemeente-dalzicht', text: 'Whoever you vote for in March, just not that opposition party.' },
    ],
    pass: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Waar zou jij in jouw straat graag een boom zien? We planten er dit najaar honderd in Sluisdorp.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Nachtdienst zit erop. Collega\'s, hoe houden jullie je energie vast om vier uur \'s nachts?' },
      { lang: 'en', pack: 'northwind-energy', text: 'Heat pump owners: what surprised you in your first winter? We are rewriting our advice and want your words.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Six of us climbed turbine B7 this morning in a gale. Proud of this crew, and very glad of the coffee afterwards.' },
      { lang: 'en', pack: 'northwind-energy', text: '@sam_k Hi Sam, the government subsidies for heat pumps changed in April. Send us a DM with your postcode and we will check what you can still get. ^Jo', reply: true },
    ],
  },
};
