// Internal matters on a public channel: "vertrouwelijk", "internal only", "under embargo",
// "you didn't hear it from me", and the project code names a pack lists in
// `confidential.terms`. A person's own case (arrears, a diagnosis) is off-strategy's job: the
// strategies list it as a subject to avoid, and the eval counts it there.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { compileTermMatcher, type TermMatcher } from '../../engine/match/terms';
import { lexiconOf } from '../../engine/nlp/phrase-data';
import { lowerKeepLength, matchAll } from '../../engine/nlp/phrases';
import type { Pack } from '../../engine/pack/types';
import { markers as EN } from './en';
import { markers as NL } from './nl';

// Every language's markers in one linear-time lexicon over the lower-cased text. A third
// language adds a file beside nl.ts and en.ts and one name below.
const MARKERS = lexiconOf(NL, EN);

interface ConfidentialData {
  codeNames: TermMatcher;
  terms: string[];
}

function compile(pack: Pack): ConfidentialData {
  const terms = (pack.confidential?.terms ?? []).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  return { codeNames: compileTermMatcher(terms), terms };
}

function detect(ctx: RuleContext): RuleHit[] {
  const data = ctx.data as ConfidentialData;
  const hits: RuleHit[] = [];
  const marks = matchAll(MARKERS, lowerKeepLength(ctx.text));
  if (marks.length > 0) {
    hits.push({
      spans: marks,
      message: ctx.t({ nl: 'Dit bericht zegt zelf dat het intern of vertrouwelijk is.', en: 'This post says itself that it is internal or confidential.' }),
      suggestion: ctx.t({ nl: 'Houd dit binnen de organisatie tot het openbaar is gemaakt.', en: 'Keep this inside the organisation until it has been made public.' }),
    });
  }
  const found = data.codeNames.size > 0 ? data.codeNames.find(ctx.text, ctx.tokens, ctx.lang) : [];
  if (found.length > 0) {
    hits.push({
      spans: found.map((f) => f.span),
      message: ctx.t({ nl: '"{name}" is een interne projectnaam.', en: '"{name}" is an internal project name.' }, { name: data.terms[found[0]!.term]! }),
      suggestion: ctx.t({ nl: 'Laat de projectnaam weg; vertel alleen wat al openbaar is.', en: 'Leave the code name out; share only what is already public.' }),
    });
  }
  return hits;
}

export const confidential: Rule = {
  id: 'confidential',
  category: 'confidential',
  languages: ['nl', 'en'],
  defaultSeverity: 'warning',
  principle: 'confidentiality',
  why: {
    nl: 'Wat intern is, blijft intern tot de organisatie het zelf bekendmaakt.',
    en: 'What is internal stays internal until the organisation announces it itself.',
  },
  compile,
  detect,
  examples: {
    fire: [
      { lang: 'nl', text: 'Strikt vertrouwelijk, maar ik kan het niet laten: de nieuwe huisstijl is prachtig.' },
      { lang: 'nl', text: 'Deze cijfers nog niet delen hoor, maar het ziet er goed uit.' },
      { lang: 'nl', text: 'Het rapport ligt onder embargo tot maandag, maar hier alvast de conclusie.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Vandaag weer een lange sessie over Project Zwaluw. Spannend wat eruit komt!' },
      { lang: 'nl', text: 'Tussen ons gezegd: de reorganisatie wordt groter dan iedereen denkt.' },
      { lang: 'en', text: 'Internal only: the draft plan for next year is attached below.' },
      { lang: 'en', text: 'Please don\'t share this yet, but the new app is coming in March.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Great progress on Project Kittiwake this week, the team is buzzing.' },
      { lang: 'en', text: 'You didn\'t hear it from me, but the Leeds office is moving.' },
      { lang: 'en', text: 'Confidential: here are the figures from the board meeting.' },
    ],
    pass: [
      { lang: 'nl', text: 'Wat is jouw tip voor een goede interne training? Ik verzamel ideeën.' },
      { lang: 'nl', text: 'Deel je wachtwoord nooit met iemand, ook niet met ons.' },
      { lang: 'nl', text: 'Ons interne geneeskundeteam heeft deze week drie nieuwe collega\'s. Welkom!' },
      { lang: 'nl', text: 'Het persbericht staat online. Wat vind jij ervan?' },
      { lang: 'nl', text: 'Zwaluwen zitten weer onder de dakgoot van het stadhuis 🐦', pack: 'gemeente-dalzicht' },
      { lang: 'en', text: 'Our internal case for the project took two years to build, and it was worth it.' },
      { lang: 'en', text: 'Never share your password, not even with us.' },
      { lang: 'en', text: 'Ask me anything about working offshore, I will answer in the comments.' },
      { lang: 'en', text: 'Kittiwakes are nesting on the harbour wall again. Spring is coming.', pack: 'northwind-energy' },
      { lang: 'en', text: 'The report is public now: here is what it means for your bills.' },
    ],
  },
};
