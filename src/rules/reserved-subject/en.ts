// English words that name a subject to say it did not happen ("zero incidents"). Every entry has
// an example that a test walks.
import type { PhraseEntry } from '../../engine/nlp/phrase-data';

/** Before the subject, with up to two words in between. */
export const negationsBefore: PhraseEntry[] = [
  { phrase: 'zero', example: 'Zero incidents in 300 days offshore.' },
  { phrase: 'no', example: 'No accidents all season.' },
  { phrase: 'not a single|not one', example: 'Not a single accident all season.' },
  { phrase: 'without', example: 'A year without an accident on the platform.' },
  { phrase: 'free of', example: 'A winter free of incidents.' },
  { phrase: 'never', example: 'Never an accident on this site.' },
  { phrase: '0', example: '0 incidents this quarter.' },
];

/** Right after the subject: "incident-free". */
export const negationsAfter: PhraseEntry[] = [
  { phrase: 'free', example: 'Another incident-free winter.' },
];

/**
 * Before the subject, right up to it: the subject named as a hazard to prevent or a thing that
 * could happen ("can start a fire", "to prevent accidents"), not as something that did.
 */
export const riskBefore: PhraseEntry[] = [
  { phrase: '(?:can|could|may|might) (?:easily |even )?(?:start|cause|spark|trigger|lead to)(?: a| an)?', example: 'A crushed battery in the truck can start a fire.' },
  { phrase: '(?:prevent|prevents|preventing|avoid|avoiding)(?: the)?(?: risk of)?(?: a| an)?', example: 'Keep the aisles clear to prevent accidents.' },
  { phrase: '(?:risk|danger|chance) of(?: a| an)?', example: 'Loose batteries carry a real risk of fire.' },
  { phrase: 'in case of(?: a| an)?', example: 'In case of fire, use the stairs.' },
];

/**
 * Right before the subject: the writer names it to decline to speak about it, which is what the
 * strategy asks ("We can't advise on the outbreak itself; the agency's page is the place").
 */
export const declinesBefore: PhraseEntry[] = [
  { phrase: "(?:can['’]t|cannot|can not|won['’]t|don['’]t|do not|(?:are|am|is)(?:n['’]t| not) able to) (?:\\S+ ){0,1}(?:advise|comment|speculate|say anything|say more|go into details?|give advice|talk) (?:on|about)(?: the| this| that| any| your)?", example: "We can't advise on the outbreak itself; the agency's guidance page is the place for that." },
];

/**
 * After the subject, with at most "and …" in between: the subject word is part of the name of a
 * service or a place ("the fire and rescue service", "the police station"), not the matter.
 */
export const institutionHeads: PhraseEntry[] = [
  { phrase: 'service|services', example: 'We met the fire and rescue service to plan the open day.' },
  { phrase: 'brigade', example: 'The fire brigade visited the nursery class this morning.' },
  { phrase: 'station', example: 'The new bike racks are opposite the police station.' },
  { phrase: 'department', example: 'Our thanks to the fire department for the safety talk.' },
  { phrase: 'authority', example: 'Planning the route together with the fire authority.' },
];

/**
 * The post passes on what the spokespeople said ("Statement from our press office: …"): the one
 * voice the strategy asks for, relayed, not a new statement on the subject. Only where a sentence
 * or a line opens with it and a colon follows (negated.ts), so "No official statement yet, but …"
 * is not one.
 */
export const officialLine: PhraseEntry[] = [
  { phrase: '(?:statement|update|message) from (?:our|the) (?:press office|press team|spokes(?:person|woman|man)|communications team|chief executive|ceo)', example: 'Statement from our press office: the app is back and no money was lost.' },
  { phrase: 'official (?:statement|update)', example: 'Official update: all systems are running again after this morning\'s outage.' },
];

/**
 * A post signed at its end by the organisation's service team ("– support", "–Customer team"):
 * the team that strategies let post what is running, closed or affected right now (negated.ts).
 */
export const serviceTeams: PhraseEntry[] = [
  { phrase: '(?:customer|support|service|care|social|webcare|social media|member) (?:team|desk|support)|support|customer (?:service|care)|help ?desk|service ?desk|webcare', example: 'Tonight\'s lessons are cancelled; we will text parents about a catch-up. –Customer team' },
];

/**
 * A job advert, in its own shape: "vacancy" or "we're hiring" and a call to apply. The pay and
 * the agreement it names are the job's terms, not a statement on pay talks or staffing
 * (index.ts; not where a strike, a union or redundancies are named too).
 */
export const jobAdvert: PhraseEntry[] = [
  { phrase: "(?:vacancy|we['’]re hiring|we are hiring)[\\s\\S]{0,400}?apply (?:now|by|before|via|online|today)", example: "We're hiring a pool lifeguard: we pay for your NPLQ training. Apply by 12 January." },
];

/**
 * Right after the subject: it happened on a public road ("an accident on the M6"), someone
 * else's, named as the reason a round or a bus runs late (negated.ts).
 */
export const onTheRoad: PhraseEntry[] = [
  { phrase: '(?:on|at) the (?:[abemn]\\d{1,4}|ring road|motorway|bypass|dual carriageway)(?!\\p{L}|\\p{N})', example: 'Your bin is late because of an accident on the M6 this morning.' },
];

/**
 * The post points to where the price is published ("this year's amount is on our website"): a
 * published price quoted, which strategies leave free to anyone; only with these words, and no
 * change of any kind in the post (index.ts).
 */
export const publishedAt: PhraseEntry[] = [
  { phrase: '(?:is|are|can be found|listed|published) (?:\\S+ ){0,2}on (?:our|the) (?:website|site|web page|rates page|price list)|(?:see|check) (?:our|the) (?:website|rates page|price list)', example: "This year's rates are on our website." },
];

/**
 * A keyword in another sense, the keyword included: "a Christmas party" is no political party,
 * "playing the minister" in a school's mock parliament is a role. Read for avoided subjects too
 * (negated.ts); each entry names the words it is about, so "a house fire" stays a fire.
 */
export const otherSenses: PhraseEntry[] = [
  { phrase: "(?:christmas|birthday|office|garden|dinner|tea|launch|leaving|retirement|fancy[- ]dress|hen|stag|kids['’]?|children['’]s|pyjama|summer|halloween|pool|street|block|works|wedding|engagement|welcome) part(?:y|ies)", example: "We're thinking about children's birthday parties at the museum; or book your Christmas party with us." },
  { phrase: '(?:playing|played|plays|to play)(?: the(?: role of(?: the)?)?)? (?:minister|prime minister|president|mayor|councillor|king|queen|judge)', example: 'One pupil, playing the minister for foreign affairs of Chile, won the debate.' },
];
