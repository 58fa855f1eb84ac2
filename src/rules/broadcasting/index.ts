// One-way sending: an announcement, notice or plug that does nothing to start a conversation.
// Real questions, invitations, replies, thanks and reporting back cancel it; a decorative
// "Vragen? Bel ons." does not. The nudge offers a question that fits the announcement.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import type { Pack } from '../../engine/pack/types';
import type { Span } from '../../engine/types';
import type { AnnounceKind } from '../../engine/nlp/announce-frames';
import { assessDialogue, mergeSpans } from '../../engine/nlp/assess-dialogue';
import { indexThemes, suggestQuestion, type ThemeIndex } from '../../engine/nlp/suggest-question';
import { driverSpans, fires, loadModel, scoreSignals, type LinearModel, type ModelFile } from '../../engine/model/linear';
import { SIGNAL_INDEX, type SignalName } from '../../engine/signals/extract';
import { releaseCopy } from '../press-release/copy';
import modelFile from './model.json' with { type: 'json' };

const PRAISE = {
  question: { nl: 'Je stelt je lezers een echte vraag.', en: 'You ask your readers a real question.' },
  credit: { nl: 'Je bedankt of noemt de mensen die bijdroegen.', en: 'You thank or credit the people who contributed.' },
  reply: { nl: 'Je antwoordt iemand: dat is gesprek, geen zenden.', en: 'You are answering someone: that is conversation, not broadcasting.' },
};

const MESSAGE = {
  plain: {
    nl: 'Dit leest als een aankondiging in één richting: niets in het bericht nodigt lezers uit om te reageren.',
    en: 'This reads as a one-way announcement: nothing in the post invites readers to respond.',
  },
  rhetorical: {
    nl: 'Dit leest als een aankondiging in één richting. De vraag erin ("{q}") verwijst alleen door en nodigt niet uit tot gesprek.',
    en: 'This reads as a one-way announcement. Its question ("{q}") only points elsewhere and does not invite a conversation.',
  },
  suggestion: {
    nl: 'Stel je lezers een echte vraag over wat dit voor hen betekent, bijvoorbeeld: "{q}"',
    en: 'Ask your readers something real about what this means to them, for example: "{q}"',
  },
};

/**
 * Marks of one-way information that are evidence on their own: what they point at is the part of
 * the post that only informs ("verhuist tijdelijk naar", "is out of action", "Man charged after").
 */
const ONE_WAY: ReadonlySet<SignalName> = new Set(['notice', 'news-headline', 'news-event', 'help-info', 'advice', 'kicker', 'witness-appeal']);

function detect(model: LinearModel, ctx: RuleContext): RuleHit[] {
  const a = assessDialogue(ctx);
  const set = ctx.signals();
  const score = scoreSignals(model, set);
  // The label's own definition: a post that asks its readers something real, invites their
  // views or reports back on what they said is not one-way, whatever else it announces.
  const v = (name: SignalName) => set.values[SIGNAL_INDEX[name]]!;
  const converses = v('q-real') > 0 || v('invite') > 0 || v('report-back') > 0;
  // One of the pack's own releases pasted as a post only transmits, whatever the model makes of
  // the piece that was pasted (a middle section reads like any caption).
  const pasted = ctx.fact(releaseCopy).copied !== undefined;
  // So does any release in its own form: a "FOR IMMEDIATE RELEASE" / "PERSBERICHT" header, or a
  // dateline with the release's closing parts (boilerplate, a note to editors, a media contact)
  // or its news voice (a quote with "aldus" / "said", the organisation in the third person).
  const dateline = v('reg-dateline') > 0 || v('dateline') > 0;
  const releaseForm =
    v('reg-header') > 0 ||
    (dateline && (v('reg-boilerplate') > 0 || v('reg-editors-note') > 0 || v('media-contact') > 0 || v('reg-quote') > 0 || v('said-quote') > 0 || v('reg-third-person') > 0));
  // The organisation selling or praising itself in its own voice ("we", its name; no "I") only
  // transmits too: the writer polishing their own image is the one who may be telling a story.
  // Not a thank-you ("dankzij jullie is onze voedselbank de beste"): credit is conversation's start.
  const sellsItself = (v('pr-boast') > 0 || v('pr-superlative') > 0 || v('pr-sales') > 0) && v('i') === 0 && (v('we') > 0 || v('org-named') > 0) && v('credit') === 0;
  const speaks = !a.reply && !converses && (pasted || releaseForm || sellsItself || fires(model, score, set, ctx.input.intensity ?? 'normal', ONE_WAY));
  ctx.scores.dialogue = Math.round((speaks ? Math.min(a.dialogue, 1 - score.p) : Math.max(a.dialogue, 1 - score.p)) * 100) / 100;
  if (a.reply) ctx.praise.push({ kind: 'reply', message: ctx.t(PRAISE.reply), spans: [] });
  if (a.questions.length) ctx.praise.push({ kind: 'question', message: ctx.t(PRAISE.question), spans: a.questions });
  if (a.credits.length) ctx.praise.push({ kind: 'credit', message: ctx.t(PRAISE.credit), spans: a.credits });
  if (!speaks) return [];

  const question = suggestQuestion(a.kind as AnnounceKind, ctx.tokens, ctx.data as ThemeIndex | undefined, ctx.msgLang);
  const end = ctx.text.trimEnd().length;
  const rhetorical = set.spans['q-rhetorical']?.[0];
  // The announcing phrases when there are any, else what drove the score.
  const found = a.frames.length ? [...a.frames, ...(rhetorical ? [rhetorical] : [])] : driverSpans(score, set);
  const spans: Span[] = mergeSpans(found);
  return [
    {
      spans: spans.length ? spans : [a.fallbackSpan],
      message: rhetorical ? ctx.t(MESSAGE.rhetorical, { q: ctx.text.slice(rhetorical.start, rhetorical.end) }) : ctx.t(MESSAGE.plain),
      suggestion: ctx.t(MESSAGE.suggestion, { q: question }),
      replacement: { span: { start: end, end }, text: `\n\n${question}` },
    },
  ];
}

/** The detector with a given model: the shipped one, or one fitted without a source. */
export function broadcastingRule(model: LinearModel): Rule {
  return { ...broadcasting, detect: (ctx) => detect(model, ctx) };
}

const SHIPPED = loadModel(modelFile as ModelFile);

export const broadcasting: Rule = {
  id: 'broadcasting',
  category: 'broadcasting',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'dialogue',
  why: {
    nl: 'Sociale media zijn er voor gesprek. Een bericht dat alleen zendt, krijgt weinig terug; een echte vraag, een bedankje of een antwoord nodigt mensen uit om mee te praten.',
    en: 'Social media are for conversation. A post that only transmits gets little back; a real question, a thank-you or an answer invites people to join in.',
  },
  compile: (pack: Pack) => indexThemes(pack),
  detect: (ctx) => detect(SHIPPED, ctx),
  facts: [releaseCopy],
  examples: {
    fire: [
      { lang: 'nl', text: 'Let op: vanaf maandag 12 januari is het milieupark op zaterdag gesloten. Meer informatie op onzestad.nl/milieupark' },
      { lang: 'nl', text: '📢 Bewonersavond over de nieuwe rondweg: donderdag 5 maart om 19.30 uur in buurthuis De Linde. Aanmelden via onzestad.nl/rondweg. Vragen? Bel ons gerust.' },
      { lang: 'nl', text: 'Ons jaarverslag 2026 is verschenen. Lees meer op onzestad.nl/jaarverslag #jaarverslag #gemeente' },
      { lang: 'nl', text: 'Nieuw in het gemeentehuis: een laadplein met tien laadpalen. Wil je meer weten? Kijk op onzestad.nl/laden' },
      { lang: 'nl', text: 'Wij zoeken een enthousiaste beleidsmedewerker mobiliteit! Solliciteer nu via werkenbij.nl #vacature #mobiliteit' },
      { lang: 'nl', text: 'Het bibliotheekfilmpje staat online 👉 bieb.nl/film #lezen #bibliotheek' },
      { lang: 'en', text: 'Heads up: our customer portal will be unavailable on Saturday 7 March from 22:00 to 02:00 for planned maintenance. Sorry for any inconvenience.' },
      { lang: 'en', text: 'Save the date! Our open day is on Saturday 14 March, 10:00 to 16:00. Register now: example.org/openday. Questions? Call us on 0800 123.' },
      { lang: 'en', text: 'Our annual impact report is out now. Read more at example.org/impact #impact #report' },
      { lang: 'en', text: 'We are pleased to announce that our new depot in Leeds is now open. Ready to see it? Visit example.org/leeds' },
      { lang: 'en', text: "We're hiring! Apply now for our graduate scheme: example.org/careers #jobs #graduates" },
      { lang: 'en', text: 'New on the blog: how we cut waste in our kitchens. example.org/blog/waste' },
      { lang: 'nl', text: 'Wegens een staking rijden er vrijdag geen bussen tussen de wijken. Excuses voor het ongemak.' },
      { lang: 'en', text: 'Reminder that the library car park is closed on Saturday for the farmers market.' },
      // Practical notices with no announcement word: where to go, what to follow, whom to give room.
      { lang: 'nl', text: 'De nieuwe ingang van het zwembad ligt aan de Parkweg. Volg de blauwe bordjes vanaf de fietsenstalling.' },
      { lang: 'nl', text: 'Op de Dorpsstraat wordt deze week de stoep vernieuwd. Voetgangers kunnen via het Kerkpad.' },
      { lang: 'en', text: 'Dredgers will work in the harbour mouth every day from 3 to 9 March. Please give them plenty of room.' },
      { lang: 'en', text: 'The main entrance is now on Mill Lane. Follow the green signs from the car park.' },
      // News lines, notices and public-service information in the third person: one-way
      // information whoever posts it (a force, a council, a company, a hospital).
      { lang: 'en', text: 'Man charged after break-in at a garden centre in Westfield' },
      { lang: 'en', text: 'Two teenagers have been arrested after a series of thefts from parked cars in the town centre.' },
      { lang: 'en', text: '#UPDATE | The water main on Church Road has been repaired and supplies are back to normal.' },
      { lang: 'en', text: 'Latest news: Riverside Hospital opens a new day-surgery unit in the east wing.' },
      { lang: 'en', text: 'Need a new bin? You can now order one online and it arrives within ten working days.' },
      { lang: 'en', text: 'If you are struggling with your energy bills, support is available through our hardship fund. Details on our website.' },
      { lang: 'en', text: 'Library opening hours change from 1 April: closed on Mondays, open until 8pm on Thursdays.' },
      { lang: 'en', text: 'ALERT: fake text messages claiming to be from our company are circulating. We never ask for your PIN.' },
      { lang: 'nl', text: 'Man aangehouden na overval op tankstation aan de Rijksweg' },
      { lang: 'nl', text: 'Twee verdachten zijn zaterdagnacht aangehouden na een inbraak in een sporthal.' },
      { lang: 'nl', text: 'UPDATE | De storing in het mobiele netwerk is verholpen. Alle diensten werken weer normaal.' },
      { lang: 'nl', text: 'Nieuws: Ziekenhuis Oostland opent een nieuwe polikliniek voor kinderen.' },
      { lang: 'nl', text: 'Wist je dat je een parkeervergunning nu ook online kunt aanvragen? Het duurt nog geen vijf minuten.' },
      { lang: 'nl', text: 'Als je schulden hebt, kun je gratis en vertrouwelijk advies krijgen bij het schuldhulpteam. Meer informatie op de website.' },
      { lang: 'nl', text: 'De Stationsstraat is van 3 tot en met 7 juni afgesloten voor werkzaamheden. Houd rekening met vertraging.' },
      { lang: 'nl', text: 'Let op: er worden nepmails verstuurd uit naam van de gemeente. Wij vragen nooit om je inloggegevens.' },
      { lang: 'en', text: 'The cash machine in the town hall is out of order until Monday.' },
    ],
    pass: [
      { lang: 'nl', text: 'Vanaf maart proberen we op zaterdag een extra ophaalronde. Wat zou voor jou het beste tijdstip zijn? Zet het in de reacties, we nemen het mee.' },
      { lang: 'nl', reply: true, text: 'Hoi Mark, vervelend dat je pas niet werkt! Stuur ons een privébericht met je klantnummer, dan zoeken we het vandaag voor je uit. ^Ellen' },
      { lang: 'nl', text: 'Vorige week vroegen we wat er beter kan in het park. Jullie gaven ruim honderd tips, dank jullie wel! Meer bankjes komen er in april.' },
      { lang: 'nl', text: 'Een jaar lang heb ik met buurtbewoners gepraat over de speeltuin. Wat me het meest verraste: iedereen wil vooral schaduw.' },
      { lang: 'nl', text: 'Dank aan Fatima en Joris van de buitendienst, die vannacht de hele wijk sneeuwvrij maakten.' },
      { lang: 'nl', text: 'Ons nieuwe inloopspreekuur start in mei. Hoe zou jij het het liefst inrichten: met of zonder afspraak?' },
      { lang: 'en', text: 'Our new community garden opens next month. What would you like to grow there? Tell us in the comments.' },
      { lang: 'en', reply: true, text: 'Hi Priya, sorry about the delay with your refund. Could you send us a DM with your order number? We will sort it out today. – Tom' },
      { lang: 'en', text: 'Huge thanks to the volunteers who cleaned the beach on Sunday: 40 bags of litter, and the best cake I have had all year.' },
      { lang: 'en', text: 'I spent a week on the night shift with our drivers. The thing that struck me most: nobody complained about the hours, only about the coffee.' },
      { lang: 'en', text: 'We published our open data on cycling today. Researchers: which variables are missing for you? We will add what we can.' },
      { lang: 'en', text: 'Has anyone here switched their fleet to electric vans? I would love to hear what surprised you.' },
      { lang: 'nl', text: 'Elke dinsdag om 7 uur loop ik langs de haven, en elke dinsdag zwaait dezelfde visser. Vandaag kreeg ik een gerookte makreel mee.' },
      { lang: 'en', text: 'Spent the afternoon with our apprentices. Their questions were sharper than most board meetings. Proud to work with them.' },
      { lang: 'nl', text: 'Vanaf volgende week is de ingang van het zwembad aan de Parkweg. Hoe vinden jullie de nieuwe route vanaf het station?' },
      // Closing a deal is no closure notice; an open inbox is no opening.
      { lang: 'en', text: 'This quarter I closed two more solar contracts than last year, and my inbox is open for advice from the old hands.' },
      // Relational posts carry no organisational message: sympathy, wishes, a comment on
      // someone else's post, congratulations to partners, a colleague introduced.
      { lang: 'en', text: 'Our thoughts are with the family and colleagues of Dave, who worked at our depot for thirty years.' },
      { lang: 'en', text: 'Wishing everyone who celebrates a happy Hanukkah.' },
      { lang: 'en', text: 'Great photo! RT @townmuseum: the old tram shed, restored at last' },
      { lang: 'en', text: 'Congratulations to our partners at Eastside Youth Club on their new sports hall. Well deserved!' },
      { lang: 'en', text: 'Good luck to all the students getting their results today.' },
      { lang: 'en', text: 'Meet Joyce, who has answered our phones for 25 years and still remembers every regular caller by name.' },
      { lang: 'nl', text: 'Onze gedachten zijn bij de familie en collega’s van Ria, die dertig jaar bij de buitendienst werkte.' },
      { lang: 'nl', text: 'We wensen iedereen fijne feestdagen!' },
      { lang: 'nl', text: 'Mooie foto! RT @stadsarchief: de oude tramremise, eindelijk gerestaureerd' },
      { lang: 'nl', text: 'Gefeliciteerd buurtvereniging De Linde met het nieuwe clubhuis! Goed gedaan.' },
      { lang: 'nl', text: 'Veel succes aan alle leerlingen die vandaag examen doen.' },
      { lang: 'nl', text: 'Maak kennis met Joyce: al 25 jaar aan de telefoon bij ons, en ze kent elke vaste beller bij naam.' },
    ],
  },
};
