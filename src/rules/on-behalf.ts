// Speaking for the organisation without the spokesperson role: "namens de gemeente",
// "on behalf of the company", "ons officiële standpunt", "we as Acme condemn …".
import type { Rule, RuleContext, RuleHit } from '../engine/rule';
import { maskMentions, MENTION_RE, nameTrie } from '../engine/match/mask-mentions';
import type { PhraseTrie } from '../engine/match/token-trie';
import type { Pack } from '../engine/pack/types';

// Nouns that stand for an organisation in either language.
const ORG_NOUNS_NL = 'gemeente|ziekenhuis|ziekenhuizen|bedrijf|organisatie|directie|bestuur|college|werkgever|netwerk|onderneming|stichting|instelling';
const ORG_NOUNS_EN = 'company|organi[sz]ation|council|hospital|board|employer|municipality|business|firm|management|trust';
const STANCE_NL = 'veroordelen|steunen|eisen|vinden|roepen|nemen afstand|staan achter|keuren|distantiëren|betreuren|verwerpen|protesteren';
const STANCE_EN = 'condemn|support|oppose|demand|reject|call on|distance ourselves|stand with|stand behind|deplore|protest|welcome';

interface OnBehalfData {
  patterns: RegExp[];
  names: PhraseTrie | undefined;
}

function compile(pack: Pack): OnBehalfData {
  const org = pack.organisation;
  // The pack's own names are masked in the text (maskMentions) and match as MENTION_RE.
  const nl = `(?:(?:${ORG_NOUNS_NL})\\b|${MENTION_RE})`;
  const en = `(?:(?:${ORG_NOUNS_EN})\\b|${MENTION_RE})`;
  const patterns = [
    new RegExp(`\\bnamens\\s(?:de\\s|het\\s|onze?\\s|ons\\s|mijn\\s|heel\\s)?${nl}`, 'giu'),
    /\b(?:ons\s|het\s)?(?:officiële|officieel)\s(?:standpunt|reactie|verklaring)\b/giu,
    new RegExp(`\\b(?:wij|we)\\s?,?\\sals\\s${nl}\\s?,?\\s(?:[\\p{L}]+\\s){0,2}(?:${STANCE_NL})\\b`, 'giu'),
    new RegExp(`\\bon behalf of\\s(?:the\\s|our\\s|my\\s)?${en}`, 'giu'),
    /\b(?:our\s|the\s)?(?:official|formal)\s(?:position|statement|stance|response)\b/giu,
    new RegExp(`\\bwe\\s?,?\\sas\\s(?:a\\s|an\\s|the\\s)?${en}\\s?,?\\s(?:[\\p{L}]+\\s){0,2}(?:${STANCE_EN})\\b`, 'giu'),
    new RegExp(`\\bspeaking for\\s(?:the\\s|our\\s)?${en}`, 'giu'),
  ];
  return { patterns, names: nameTrie([org?.name, ...(org?.aliases ?? [])]) };
}

function detect(ctx: RuleContext): RuleHit[] {
  if (ctx.role === 'spokesperson') return [];
  const data = ctx.data as OnBehalfData;
  const text = maskMentions(ctx.text, data.names, ctx.tokens);
  const spans = [];
  for (const re of data.patterns) {
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
