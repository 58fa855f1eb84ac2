// Speaking for the organisation without the spokesperson role: "namens de gemeente",
// "on behalf of the company", "ons officiële standpunt", "we as Acme condemn …".
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { maskMentions, MENTION_RE, nameTrie } from '../../engine/match/mask-mentions';
import type { PhraseTrie } from '../../engine/match/token-trie';
import type { Pack } from '../../engine/pack/types';
import * as en from './en';
import * as nl from './nl';

// Each language's frames, filled with that language's nouns and stances. A third language adds a
// file beside nl.ts and en.ts and one entry below.
const LANGUAGES = [nl, en];

/** A frame's regex source with its `{org}` and `{stance}` filled in for one language. */
export function frameSource(frame: string, data: typeof nl): string {
  const org = `(?:(?:${data.orgNouns.map((e) => e.phrase).join('|')})\\b|${MENTION_RE})`;
  return frame.split('{org}').join(org).split('{stance}').join(data.stances.map((e) => e.phrase).join('|'));
}

// The pack's own names are masked in the text (maskMentions) and match as MENTION_RE.
const PATTERNS = LANGUAGES.flatMap((data) => data.frames.map((f) => new RegExp(frameSource(f.frame, data), 'giu')));

interface OnBehalfData {
  /** The pack's own names, masked in the text before the frames run. */
  names: PhraseTrie | undefined;
}

function compile(pack: Pack): OnBehalfData {
  const org = pack.organisation;
  return { names: nameTrie([org?.name, ...(org?.aliases ?? [])]) };
}

function detect(ctx: RuleContext): RuleHit[] {
  if (ctx.role === 'spokesperson') return [];
  const data = ctx.data as OnBehalfData;
  const text = maskMentions(ctx.text, data.names, ctx.tokens);
  const spans = [];
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (spans.length === 0) return [];
  return [
    {
      spans: spans.sort((a, b) => a.start - b.start),
      message: ctx.t({
        nl: 'Je spreekt hier namens de organisatie. Dat doen de woordvoerders.',
        en: 'This speaks for the organisation. That is the spokespeople\'s job.',
      }),
      suggestion: ctx.t({
        nl: 'Vertel wat jij vindt of doet, als jezelf, of verwijs naar wat de organisatie zelf al bekendmaakte.',
        en: 'Say what you think or do, as yourself, or point to what the organisation has already said.',
      }),
    },
  ];
}

export const onBehalf: Rule = {
  id: 'on-behalf',
  category: 'on-behalf',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'spokespeople',
  why: {
    nl: 'Een organisatie spreekt met één stem, via haar woordvoerders. Jij vertelt over je eigen werk, in je eigen naam.',
    en: 'An organisation speaks with one voice, through its spokespeople. You talk about your own work, in your own name.',
  },
  compile,
  detect,
  examples: {
    fire: [
      { lang: 'nl', text: 'Namens de gemeente wil ik zeggen dat we dit besluit niet terugdraaien.' },
      { lang: 'nl', text: 'Het officiële standpunt is dat de sluiting gewoon doorgaat.' },
      { lang: 'nl', text: 'Wij als ziekenhuis veroordelen de plannen van de minister.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Namens Dalzicht: het nieuwe zwembad komt er niet, hoe hard de buurt ook roept.' },
      { lang: 'nl', text: 'Ik spreek nu namens mijn werkgever: wij steunen deze actie niet.' },
      { lang: 'en', text: 'On behalf of the company, I can confirm the depot will close next spring.' },
      { lang: 'en', text: 'Our official position is that the new rules are unworkable.' },
      { lang: 'en', text: 'We as a company condemn this decision in the strongest terms.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Speaking for Northwind here: we will not sign that deal.' },
      { lang: 'en', text: 'We, as an organisation, strongly oppose these plans.' },
    ],
    pass: [
      { lang: 'nl', text: 'Ik vind zelf dat we de buurt vaker moeten vragen wat ze willen. Wat vind jij?' },
      { lang: 'nl', text: 'Mijn collega zei namens haar team dank je wel voor alle taart.' },
      { lang: 'nl', text: 'Het standpunt van mijn buurman over tuinkabouters ken ik inmiddels goed 😄' },
      { lang: 'nl', text: 'Namens de gemeente zegt de woordvoerder dat het besluit vrijdag valt.', role: 'spokesperson' },
      { lang: 'nl', text: 'Als gemeente leren we veel van bewoners. Deze week bijvoorbeeld over parkeren.' },
      { lang: 'en', text: 'I collected this award on behalf of my daughter, who was too shy to go up on stage.' },
      { lang: 'en', text: 'Here is what I learned this year as an engineer. What would you add?' },
      { lang: 'en', text: 'Our official position is that the new rules are unworkable.', role: 'spokesperson' },
      { lang: 'en', text: 'As a company we try to answer every customer within a day. How did we do for you?' },
      { lang: 'en', text: 'The formal dinner was lovely, thanks to everyone who came.' },
    ],
  },
};
