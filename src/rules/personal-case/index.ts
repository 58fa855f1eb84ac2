// Off strategy: someone's personal situation told in public. A sensitive subject (the pack's
// own personal subjects, else built-in words such as arrears or a diagnosis, and health details
// in any pack) together with a person who can be recognised, unless the post takes the matter to
// a private channel.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { compileTermMatcher } from '../../engine/match/terms';
import { STRATEGY, strategyFacts } from '../../engine/nlp/strategy-match';
import { pickText } from '../../engine/pack/text';
import type { Span } from '../../engine/types';
import { caseOutcomeSpans, DEFAULT_SENSITIVE, healthSpans, identifierSpans, MOVES_TO_PRIVATE } from './signals';

const DEFAULT_MATCHER = compileTermMatcher(DEFAULT_SENSITIVE);
const DEFAULT_TITLE = { nl: 'persoonlijke gegevens', en: 'personal data' };

function detect(ctx: RuleContext): RuleHit[] {
  const { data, facts } = strategyFacts(ctx);
  let title: (typeof data.personal)[number]['title'] | undefined;
  let spans: Span[] = [];
  const found = data.personal.findIndex((_, i) => facts.personal[i]!.length > 0);
  if (found >= 0) {
    title = data.personal[found]!.title;
    spans = facts.personal[found]!;
  } else {
    // Built-in sensitive words (a benefit, arrears, a diagnosis) count in any pack: a pack's own
    // list of five words is no reason to miss a debt told in public.
    spans = DEFAULT_MATCHER.find(ctx.text, ctx.tokens, ctx.lang).map((h) => h.span);
    if (spans.length > 0) title = data.personal[0]?.title ?? DEFAULT_TITLE;
  }
  // Health details count as a personal subject in any pack: a named patient is a patient. So
  // does how someone's own case stands ("your application was turned down", "the rent is not in").
  if (spans.length === 0) spans = healthSpans(ctx.text);
  if (spans.length === 0) spans = caseOutcomeSpans(ctx.text);
  if (spans.length > 0) title ??= data.personal[0]?.title ?? DEFAULT_TITLE;
  if (!title || ctx.fact(MOVES_TO_PRIVATE)) return [];
  const people = identifierSpans(ctx.text, ctx.reply);
  if (people.length === 0) return [];
  return [
    {
      spans: [...people, ...spans].sort((a, b) => a.start - b.start),
      message: ctx.t(
        { nl: 'Je vertelt hier over de persoonlijke situatie van iemand die herkenbaar is ({subject}).', en: 'This tells the personal situation of someone who can be recognised ({subject}).' },
        { subject: pickText(title, ctx.msgLang) },
      ),
      suggestion: ctx.t({ nl: 'Haal de persoonlijke details weg en ga verder in een privébericht of aan de telefoon.', en: 'Take the personal details out and continue by direct message or phone.' }),
    },
  ];
}

export const personalCase: Rule = {
  id: 'personal-case',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'warning',
  principle: 'confidentiality',
  why: {
    nl: 'Persoonlijke situaties van inwoners, klanten of patiënten horen nooit in een openbaar bericht.',
    en: 'The personal situation of a resident, customer or patient never belongs in a public post.',
  },
  facts: [STRATEGY, MOVES_TO_PRIVATE],
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Meneer Bakker, uw bezwaar tegen de boete is afgewezen. U kunt nog in beroep gaan.', reply: true },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Mevrouw Claes (91) van kamer 312 vierde vandaag haar verjaardag op de afdeling na haar operatie 🎂' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Onze Gerda van kamer 17 mag na haar beroerte eindelijk naar huis!' },
      { lang: 'nl', text: 'Hoi Samira, je uitkering is stopgezet omdat je formulier te laat was.', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: '@sam_t I checked your account, Sam: you are £300 in arrears, so the direct debit went up.', reply: true },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'Interesting case today: a 47-year-old man from Durmelo with a rare tumour. Scan below, anonymised of course.' },
      { lang: 'en', text: 'Lovely to see Mrs Patel (84) back on her feet after her hip replacement.' },
      // What awaits one person, told in a public reply: a ban, a formal notice.
      { lang: 'nl', text: '@jan_p Klopt, uw zoon mag voorlopig niet meer binnen na wat er zaterdag gebeurde.', reply: true },
      { lang: 'en', text: '@hartley_cafe Our visit on Monday found the back exit locked. You will receive a formal notice this week.', reply: true },
    ],
    pass: [
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Hoi Petra, vervelend dat je uitkering later is. Stuur ons een privébericht, dan bellen we je vandaag nog. ^Sanne', reply: true },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Dertig jaar stond Ria achter de balie. Vandaag haar laatste dag. Dank je wel voor al je geduld met ons!' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Wij helpen inwoners met schulden. Bel ons gerust, ook als het al lang speelt.' },
      { lang: 'en', pack: 'northwind-energy', text: '@kim_r Sorry about the double charge, Kim. Could you DM us your account number? We will sort it today. – Jo', reply: true },
      { lang: 'en', pack: 'northwind-energy', text: 'Our support fund helps households in arrears. Ask us how to apply.' },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'Ten patients told us what they missed after surgery. Their answers are changing our discharge letter.' },
    ],
  },
};
