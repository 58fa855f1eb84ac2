// A press release pasted into a social box: copied from one of the pack's own releases
// (winnowing fingerprints, robust to trimming, reordering and light edits), or written in
// release register (dateline, header, third person, attributed quotes, boilerplate).
import type { Rule, RuleContext } from '../../engine/rule';
import { copiedSpans, releaseCopy } from './copy';
import type { Span } from '../../engine/types';
import { driverSpans, fires, loadModel, scoreSignals, type LinearModel, type ModelFile } from '../../engine/model/linear';
import { SIGNAL_INDEX, type SignalName } from '../../engine/signals/extract';
import modelFile from './model.json' with { type: 'json' };

/** How the register's signals are named in a message. */
const MARK_NAMES: Partial<Record<SignalName, { nl: string; en: string }>> = {
  'reg-header': { nl: 'een kop als "PERSBERICHT"', en: 'a "PRESS RELEASE" header' },
  'press-header': { nl: 'een kop als "PERSBERICHT"', en: 'a "PRESS RELEASE" header' },
  dateline: { nl: 'een plaats- en datumregel', en: 'a dateline' },
  'reg-dateline': { nl: 'een plaats- en datumregel', en: 'a dateline' },
  'wire-tag': { nl: 'de naam van een persbureau', en: 'a newswire tag' },
  ticker: { nl: 'een beurscode', en: 'a stock ticker' },
  headline: { nl: 'een kopregel', en: 'a headline' },
  'about-block': { nl: 'een "Over …"-blok', en: 'an "About …" block' },
  'reg-boilerplate': { nl: 'een "Over …"-blok', en: 'an "About …" block' },
  'media-contact': { nl: 'een perscontact of noot voor de redactie', en: 'a media contact or note to editors' },
  'reg-editors-note': { nl: 'een noot voor de redactie', en: 'a note to editors' },
  'end-mark': { nl: 'een eindmarkering als "###"', en: 'an end mark such as "###"' },
  'said-quote': { nl: 'citaten met "aldus" of "zegt"', en: 'quotes with "said"' },
  'reg-quote': { nl: 'citaten met "aldus" of "zegt"', en: 'quotes with "said"' },
  'announced-today': { nl: '"maakt vandaag bekend"', en: '"announced today"' },
  'third-subject': { nl: 'de organisatie in de derde persoon', en: 'the organisation in the third person' },
  'reg-third-person': { nl: 'de organisatie in de derde persoon', en: 'the organisation in the third person' },
  'org-suffix': { nl: 'bedrijfsnamen met "B.V." of "Inc."', en: 'company names with "Inc." or "Ltd"' },
  'forward-looking': { nl: 'een disclaimer over toekomstverwachtingen', en: 'a forward-looking statements disclaimer' },
};

/** The marks of a release's own form: at least one must be in a post the model calls a release. */
const REGISTER_MARKS: readonly SignalName[] = [
  'dateline', 'reg-dateline', 'reg-header', 'press-header', 'wire-tag', 'ticker', 'headline', 'about-block', 'reg-boilerplate', 'end-mark',
  'media-contact', 'reg-editors-note', 'said-quote', 'reg-quote', 'announced-today', 'forward-looking', 'org-suffix', 'reg-third-person',
  // A news item's own voice: what happened to whom, a news headline, a call for witnesses.
  'news-event', 'news-headline', 'witness-appeal', 'third-subject',
];

function detect(model: LinearModel, ctx: RuleContext) {
  // The copy check is a fact shared with no-theme-fit; only a real copy names the release.
  const copy = ctx.fact(releaseCopy);
  const copied = copy.copied;
  const named = copied?.release;
  if (copy.similarity > 0) ctx.scores.pressRelease = named ? { similarity: copy.similarity, releaseId: named.id, title: named.title } : { similarity: copy.similarity };
  const suggestion = ctx.t({
    nl: 'Link naar het persbericht en zeg in je eigen woorden waarom het ertoe doet voor je lezers. Wat merken zij ervan?',
    en: 'Link to the release and say in your own words why it matters to your readers. What changes for them?',
  });
  if (copied) {
    const { match } = copied;
    const spans: Span[] = copiedSpans(ctx);
    return [
      {
        spans,
        message: named
          ? ctx.t(
              { nl: 'Dit is grotendeels overgenomen uit het persbericht "{title}" ({pct}% van je tekst).', en: 'Most of this is copied from the press release "{title}" ({pct}% of your text).' },
              { title: named.title, pct: Math.round(match.coverage * 100) },
            )
          : ctx.t(
              { nl: 'Dit is grotendeels overgenomen uit een persbericht van de organisatie ({pct}% van je tekst).', en: 'Most of this is copied from one of the organisation\'s press releases ({pct}% of your text).' },
              { pct: Math.round(match.coverage * 100) },
            ),
        suggestion,
      },
    ];
  }
  const set = ctx.signals();
  const score = scoreSignals(model, set);
  if (!fires(model, score, set, ctx.input.intensity ?? 'normal')) return [];
  // Dates, times and figures in a notice about the organisation are no register of their own:
  // a release needs one of its own marks (a dateline, a header, a quote said by someone, "About
  // …", an editors' note, a wire, the organisation as subject of a news sentence, a news item's
  // event or headline).
  if (!REGISTER_MARKS.some((m) => set.values[SIGNAL_INDEX[m]]! > 0)) return [];
  const marks = [...new Set(score.drivers.map((d) => MARK_NAMES[d.signal]).filter((m): m is { nl: string; en: string } => m !== undefined))]
    .slice(0, 3)
    .map((m) => m[ctx.msgLang]);
  const spans = driverSpans(score, set, 4).sort((x, y) => x.start - y.start);
  return [
    {
      spans: spans.length ? spans : [{ start: 0, end: Math.min(ctx.text.length, ctx.sentences[0]?.end ?? ctx.text.length) }],
      message: marks.length
        ? ctx.t({ nl: 'Dit leest als een persbericht: {marks}.', en: 'This reads like a press release: {marks}.' }, { marks: marks.join(', ') })
        : ctx.t({ nl: 'Dit leest als een persbericht, geschreven voor journalisten.', en: 'This reads like a press release, written for journalists.' }),
      suggestion,
    },
  ];
}

/** The detector with a given model: the shipped one, or one fitted without a source. */
export function pressReleaseRule(model: LinearModel): Rule {
  return { ...pressRelease, detect: (ctx) => detect(model, ctx) };
}

const SHIPPED = loadModel(modelFile as ModelFile);

export const pressRelease: Rule = {
  id: 'press-release',
  category: 'press-release',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'own-words',
  why: {
    nl: 'Een persbericht is geschreven voor journalisten. Op sociale media werkt je eigen stem beter: wat betekent het nieuws voor de lezer?',
    en: 'A press release is written for journalists. On social media your own voice works better: what does the news mean for the reader?',
  },
  facts: [releaseCopy],
  detect: (ctx) => detect(SHIPPED, ctx),
  examples: {
    fire: [
      { lang: 'nl', text: 'PERSBERICHT\n\nBibliotheek Noordhaven vanaf januari ook op zondag open\n\nNOORDHAVEN, 12 december 2026 – Vanaf zondag 4 januari is de bibliotheek elke zondagmiddag open. "We horen al jaren dat gezinnen graag in het weekend komen," aldus directeur Els Bos.' },
      { lang: 'nl', text: 'Over Stichting Groen Wonen\nStichting Groen Wonen helpt huurders sinds 2010 met energie besparen.\n\nNoot voor de redactie: voor interviews kunt u bellen met onze woordvoerder.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Ook eigenaren van een woning in Kortland kunnen zich aansluiten. Tot 1 maart 2027 is aansluiten gratis; daarna geldt een bijdrage van 3.500 euro.\n\nIn de wijk Kortland zijn de eerste 400 woningen aangesloten op het nieuwe warmtenet. De woningen van Woonstede Dal worden sinds deze week verwarmd met restwarmte van de papierfabriek.' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Patiënten van Zorgnet Schelde kunnen vanaf vandaag hun afspraken maken, verplaatsen en annuleren met de gratis app Mijn Schelde. In de app kunnen ze ook hun resultaten en verslagen bekijken. Download de app!' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Zorgnet Schelde opent een nieuwe slaapkliniek op campus Durmelo. "Goede slaap is de basis van herstel," aldus dr. Inge Peeters, diensthoofd neurologie.' },
      { lang: 'en', text: 'FOR IMMEDIATE RELEASE\n\nHarbour Bakery opens its second shop\n\nLEEDS, 4 March 2027 — Harbour Bakery today opened its second shop in Headingley.' },
      { lang: 'en', text: '"This is a proud day for our whole team," said Sam Patel, Chief Executive of Orbit Rail.\n\nAbout Orbit Rail\nOrbit Rail runs regional trains in the North of England.' },
      { lang: 'en', pack: 'northwind-energy', text: 'HomeFlex is available to all Northwind customers with a working smart meter. There are no exit fees, and customers can switch back to their previous tariff at any time. Before launch, HomeFlex was trialled for twelve months by 2,000 households in the North East and Yorkshire.' },
      { lang: 'en', pack: 'northwind-energy', text: 'Northwind Energy today opened its new Benelux office in Rotterdam. The office will be home to 40 new employees, including solar engineers, project managers and a Dutch-speaking customer service team. Exciting times!' },
      { lang: 'en', text: 'Notes to editors\nHigh-resolution images are available on request. Media contact: press@example.org\n\n###' },
      { lang: 'nl', text: 'ROTTERDAM, 2 februari 2027 – Fietsenmaker De Spaak opent een tweede winkel. "We groeien omdat klanten ons vinden," zegt eigenaar Ali Kaya.' },
    ],
    pass: [
      // Dates, times and figures in a notice are no register of a release.
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Woensdag 9 december zijn alle scholen in Dalzicht na het 5e lesuur vrij vanwege een studiemiddag. Het aangepaste rooster staat in de app. De bus van 13.05 uur rijdt die dag extra.' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Het persbericht over het warmtenet staat op onze site. Wat mij het meest raakte: bewoners lazen zelf de contracten mee en vonden twee fouten. Wat zou jij eerst willen weten als jouw straat aan de beurt is?' },
      { lang: 'nl', text: 'Mijn buurvrouw zei gisteren: "Sinds de nieuwe bushalte kom ik weer op de markt." Zulke zinnen maken mijn werk de moeite waard.' },
      { lang: 'nl', text: 'Over de nieuwe fietsenstalling hoorden we veel, ook kritiek. Wat vinden jullie van de plek bij het station?' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Vandaag lanceerden we de app Mijn Schelde (persbericht in de link). Ik zat in het testpanel en was verrast hoe vaak patiënten vroegen om eenvoudige woorden. Wat mist u nog?' },
      { lang: 'en', pack: 'northwind-energy', text: 'We launched HomeFlex today, press release at the link. I ran the trial, and the thing nobody expected: families ignored the app and just used timers. Would a timer work in your house?' },
      { lang: 'en', text: 'About me: engineer, dad of two, terrible at gardening. Ask me anything about heat pumps.' },
      { lang: 'en', text: 'My favourite thing a customer said this week: "I finally understand my bill." That made my Friday.' },
      { lang: 'en', text: 'Today we opened the doors of our new depot. Come by for a coffee on Saturday and tell us what you think of it?' },
      { lang: 'en', pack: 'northwind-energy', text: 'The Rotterdam office news is out. What it means for you: Dutch customers now get a helpdesk in their own language. What should we fix first?' },
      { lang: 'nl', text: 'LET OP: morgen is het zwembad dicht door een storing. Excuses voor het ongemak!' },
      // One quote and the organisation by name, explained in the writer's own voice.
      { lang: 'en', pack: 'northwind-energy', text: 'Release at the link. Northwind Energy signed a supply deal with a Ghent bakery, and "this is a big step," said our director. What I like: their ovens will run on wind at night. Would that suit your site?' },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Zorgnet Schelde opent een slaapkliniek, lees ik in het persbericht. "Slaap is herstel," zegt de neuroloog. Wat zou jij willen weten voor je eerste afspraak?' },
    ],
  },
};
