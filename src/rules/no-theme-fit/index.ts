// Off strategy: the post connects with none of the pack's themes or goals. Rarely, and only when
// sure (see judge.ts): never on a reply (service talk), never on a copy of the pack's own
// release, never when the post names a subject the pack lists (avoid, reserved), and never with
// a pack that has no themes. Also owns the strategy-fit score and the "serves the theme" praise.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { fitScore, isContentToken } from '../../engine/nlp/similarity';
import { strategyFacts, strategyScore, type StrategyData, type StrategyFacts } from '../../engine/nlp/strategy-match';
import type { Span } from '../../engine/types';
import { closestThemes } from '../../engine/nlp/closest-theme';
import { compileOrganisation, voiceOf } from '../../engine/nlp/organisation';
import { pickText } from '../../engine/pack/text';
import { DEFAULT_THRESHOLDS, judgeNoFit, type NoFitFacts, type NoFitThresholds } from './judge';
import { leisureSpans } from './leisure';
import { copiesOwnRelease, releaseCopy } from '../press-release/copy';
import { STRATEGY } from '../../engine/nlp/strategy-match';

/** A subject the pack lists (avoid, reserved, personal) is judged by its own sibling rule. */
const namesListedSubject = (facts: StrategyFacts) => [...facts.avoid, ...facts.reserved, ...facts.personal].some((spans) => spans.length > 0);

/**
 * The facts the judgement rests on, or undefined when the post is not judged at all: a pack
 * without themes, a reply, a copy of the pack's own release, a post naming a listed subject.
 * Exported for the calibration script (scripts/thin-packs.ts).
 */
export function noFitFacts(ctx: RuleContext): NoFitFacts | undefined {
  const { data, facts } = strategyFacts(ctx);
  if (facts.ranked.length === 0 || ctx.reply || copiesOwnRelease(ctx)) return undefined;
  if (namesListedSubject(facts)) return undefined;
  const voice = voiceOf(ctx.tokens, compileOrganisation(ctx.pack));
  return {
    content: ctx.tokens.filter(isContentToken).length,
    themeFit: facts.ranked[0]!.fit,
    goalFit: facts.goalFit,
    packFit: facts.packFit,
    namesOrg: voice.org > 0,
    ownVoice: voice.i > 0 && voice.we === 0 && voice.org === 0,
    leisure: freeTime(ctx, data).length > 0,
  };
}

/**
 * The leisure talk in a post, less the leisure words the pack itself uses: those are the
 * organisation's work, not its people's free time (pilates at a leisure trust, a theatre's stage).
 */
function freeTime(ctx: RuleContext, data: StrategyData): Span[] {
  const profiles = [data.pack, ...data.themes.map((t) => t.profile), ...data.goals.map((g) => g.profile)];
  // Every word of the phrase: "surf lesson" stays leisure in a pack whose themes give lessons.
  const packSays = (span: Span) => {
    const words = ctx.tokens.filter((t) => t.start >= span.start && t.end <= span.end && isContentToken(t));
    return words.length > 0 && words.every((t) => profiles.some((p) => p.weights(ctx.lang).has(t.stem)));
  };
  return leisureSpans(ctx.text).filter((span) => !packSays(span));
}

/** The rule with the given thresholds; the registered rule uses the calibrated defaults. */
export function makeNoThemeFit(th: NoFitThresholds = DEFAULT_THRESHOLDS): Rule {
  function detect(ctx: RuleContext): RuleHit[] {
    const { facts } = strategyFacts(ctx);
    const best = facts.ranked[0];
    if (!best) return [];
    ctx.scores.strategyFit = { score: strategyScore(facts), themeId: best.id, title: pickText(best.title, ctx.msgLang) };
    const f = noFitFacts(ctx);
    const verdict = f ? judgeNoFit(f, th) : 'none';
    if (verdict === 'none') {
      if (fitScore(best.fit) >= 0.6 && !namesListedSubject(facts)) ctx.praise.push({ kind: 'theme', spans: [], message: ctx.t({ nl: 'Past bij het thema "{theme}".', en: 'Serves the theme "{theme}".' }, { theme: pickText(best.title, ctx.msgLang) }) });
      return [];
    }
    const spans = verdict === 'leisure' ? freeTime(ctx, strategyFacts(ctx).data) : ctx.sentences.length > 0 ? [{ start: ctx.sentences[0]!.start, end: ctx.sentences[ctx.sentences.length - 1]!.end }] : [];
    return [
      {
        spans,
        message: ctx.t({ nl: 'Dit bericht sluit niet aan bij een van onze thema\'s of doelen.', en: 'This post does not connect with any of our themes or goals.' }) + closestThemes(facts.ranked, ctx.t, ctx.msgLang),
        suggestion: ctx.t({ nl: 'Kun je het verbinden met "{best}"? Vertel wat het voor de lezer betekent.', en: 'Could you connect it to "{best}"? Say what it means for the reader.' }, { best: pickText(best.title, ctx.msgLang) }),
      },
    ];
  }
  return {
    id: 'no-theme-fit',
    category: 'off-strategy',
    languages: ['nl', 'en'],
    defaultSeverity: 'nudge',
    principle: 'strategy',
    why: {
      nl: 'Onze berichten dienen de doelen en thema\'s die we samen kozen.',
      en: 'Our posts serve the goals and themes we chose together.',
    },
    facts: [STRATEGY, releaseCopy],
    detect,
    examples: {
      fire: [
        { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Gisteren de nieuwe superheldenfilm gezien in de bioscoop. Wat een tegenvaller, en na afloop stond mijn fiets met een lekke band in de regen. Mooie dinsdag zo.' },
        { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Wie kijkt er vanavond mee naar het songfestival? 🎤' },
        // A long post with no theme, goal or other pack word in it (see judge.ts for "long").
        { lang: 'en', pack: 'northwind-energy', text: 'Honestly, the new barrier at my gym car park is the worst thing I have ever seen. It eats your ticket, the screen freezes, the queue reaches the roundabout, and nobody at that gym desk seems bothered either. Ten minutes wasted, every single evening.' },
        { lang: 'nl', pack: 'zorgnet-schelde', text: 'Eindelijk mijn oude motor verkocht! Twintig jaar lang elke zomer ermee door de Ardennen getoerd, met regen, pech en een kapotte koppeling in Bouillon. Nu staat er een glimmende racefiets in de garage. Iemand tips voor mooie klimmetjes?' },
        { lang: 'en', pack: 'northwind-energy', text: 'Crisps or nachos with your Friday lunch? 🍟 Tell us below!' },
      ],
      pass: [
        { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Waar zou jij in jouw straat graag een boom zien? We planten er dit najaar honderd in Sluisdorp.' },
        { lang: 'nl', text: 'Morgen weer een dag, eerst koffie. Wat drinken jullie het liefst bij het ontbijt op het werk?' },
        // Leisure that also serves a theme in more than one word; one theme keyword alone no
        // longer saves a leisure post (judge.ts).
        { lang: 'nl', pack: 'gemeente-dalzicht', text: 'Vanavond kijken we met de jongerenwerkers de EK-finale in het buurthuis, en in de rust praten we met de jongeren uit de wijk over de nieuwe skatebaan. Wat wil jij er zien?' },
        { lang: 'nl', pack: 'zorgnet-schelde', text: 'Nachtdienst zit erop. Collega\'s, hoe houden jullie je energie vast om vier uur \'s nachts?' },
        { lang: 'en', text: 'My neighbours keep asking what I do all day. Today: three meetings and one very good sandwich.' },
        // Too short to judge without leisure talk: a short aside is no reason to nudge.
        { lang: 'en', pack: 'northwind-energy', text: 'Honestly the new barrier at my gym car park is the worst design I have ever seen. Who signs off on these things?' },
        { lang: 'en', pack: 'zorgnet-schelde', text: 'We are hiring night nurses. Honest version: it is busy, and your buddy will actually have time for you. Questions welcome.' },
        { lang: 'en', pack: 'northwind-energy', text: 'Haha, my first heat pump install took four hours 😂 The apprentices now do it in two. What did your first week at work teach you?' },
      ],
    },
  };
}

export const noThemeFit: Rule = makeNoThemeFit();
