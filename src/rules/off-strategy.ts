// Off the organisation's strategy: a subject it stays away from (a personal case only when a
// person can be recognised and the post does not move it to a private channel), a subject
// reserved for its spokespeople, or — rarely, and only when sure — no fit with any theme or goal.
import type { Rule, RuleContext, RuleHit } from '../engine/rule';
import { compileTermMatcher, type TermMatcher } from '../engine/nlp/term-match';
import { Profile, fitScore, isContentToken } from '../engine/nlp/similarity';
import { DEFAULT_SENSITIVE, identifierSpans, movesToPrivate } from '../engine/nlp/personal-case';
import { pickText } from '../engine/pack/text';
import type { Pack, PackTheme } from '../engine/pack/types';

interface Subject {
  id: string;
  title: PackTheme['title'];
  matcher: TermMatcher;
  personal: boolean;
}

interface StrategyData {
  themes: { id: string; title: PackTheme['title']; profile: Profile }[];
  goals: { id: string; title: PackTheme['title']; profile: Profile }[];
  avoid: Subject[];
  reserved: Subject[];
  /** For packs with no personal subject of their own. */
  fallbackPersonal: Subject;
}

/** Below this fit, with enough words to judge, nothing in the strategy is served. */
const NO_FIT_SUM = 0.3;
const MIN_CONTENT_WORDS = 12;

const allKeywords = (t: PackTheme) => Object.values(t.keywords ?? {}).flat().filter((k): k is string => typeof k === 'string');
const texts = (t: PackTheme['title'] | undefined) => (t === undefined ? [] : typeof t === 'string' ? [t] : Object.values(t).filter((v): v is string => typeof v === 'string'));

function compile(pack: Pack): StrategyData {
  const org = pack.organisation;
  const exclude = new Set(
    [org?.name, ...(org?.aliases ?? [])].flatMap((n) => (n ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3),
  );
  const profileOf = (t: PackTheme) =>
    new Profile({ keywords: allKeywords(t), titles: texts(t.title), descriptions: texts(t.description), examples: (t.examples ?? []).map((e) => e.text) }, exclude);
  const subject = (t: PackTheme, personal = false): Subject => ({ id: t.id, title: t.title, matcher: compileTermMatcher(allKeywords(t)), personal: personal || t.personal === true });
  const strategy = pack.strategy ?? {};
  return {
    themes: (strategy.themes ?? []).map((t) => ({ id: t.id, title: t.title, profile: profileOf(t) })),
    goals: (strategy.goals ?? []).map((g) => ({ id: g.id, title: g.title, profile: profileOf(g) })),
    avoid: (strategy.avoid ?? []).map((t) => subject(t)),
    reserved: (strategy.reserved ?? []).map((t) => subject(t)),
    fallbackPersonal: { id: 'personal-data', title: { nl: 'persoonlijke gegevens', en: 'personal data' }, matcher: compileTermMatcher(DEFAULT_SENSITIVE), personal: true },
  };
}

function detect(ctx: RuleContext): RuleHit[] {
  const data = ctx.data as StrategyData;
  const lang = ctx.lang;
  const title = (t: PackTheme['title']) => pickText(t, ctx.msgLang);

  // Strategy fit: the best theme, or goal, for the scores and the messages.
  const ranked = data.themes
    .map((t) => ({ ...t, fit: t.profile.overlap(ctx.tokens, lang).sum }))
    .sort((a, b) => b.fit - a.fit);
  const goalFit = Math.max(0, ...data.goals.map((g) => g.profile.overlap(ctx.tokens, lang).sum));
  const best = ranked[0];
  if (best) ctx.scores.strategyFit = { score: Math.round(fitScore(Math.max(best.fit, goalFit)) * 100) / 100, themeId: best.id, title: title(best.title) };
  const themeList = () => {
    if (!best) return '';
    const others = ranked.slice(1).map((t) => title(t.title));
    return ctx.t({ nl: ' Het dichtst in de buurt: "{best}". Andere thema\'s: {others}.', en: ' Closest theme: "{best}". Other themes: {others}.' }, { best: title(best.title), others: others.join(', ') });
  };

  const hits: RuleHit[] = [];
  const personalSubjects = data.avoid.some((s) => s.personal) ? data.avoid.filter((s) => s.personal) : [data.fallbackPersonal];
  for (const s of data.avoid.filter((a) => !a.personal)) {
    const found = s.matcher.find(ctx.tokens, lang);
    if (found.length === 0) continue;
    hits.push({
      spans: found.map((f) => f.span),
      message: ctx.t({ nl: 'Dit raakt aan "{subject}", een onderwerp waar we online van wegblijven.', en: 'This touches on "{subject}", a subject we stay away from online.' }, { subject: title(s.title) }) + themeList(),
      suggestion: ctx.t({ nl: 'Laat dit onderwerp hier liever weg, of vertel over je eigen werk.', en: 'Better leave this subject out here, or tell about your own work.' }),
    });
  }
  if (!movesToPrivate(ctx.text)) {
    const people = identifierSpans(ctx.text, ctx.input.reply);
    for (const s of people.length > 0 ? personalSubjects : []) {
      const found = s.matcher.find(ctx.tokens, lang);
      if (found.length === 0) continue;
      hits.push({
        spans: [...people, ...found.map((f) => f.span)].sort((a, b) => a.start - b.start),
        severity: 'warning',
        message: ctx.t({ nl: 'Je vertelt hier over de persoonlijke situatie van iemand die herkenbaar is ({subject}).', en: 'This tells the personal situation of someone who can be recognised ({subject}).' }, { subject: title(s.title) }),
        suggestion: ctx.t({ nl: 'Haal de persoonlijke details weg en ga verder in een privébericht of aan de telefoon.', en: 'Take the personal details out and continue by direct message or phone.' }),
      });
      break;
    }
  }
  if (ctx.role !== 'spokesperson') {
    for (const s of data.reserved) {
      const found = s.matcher.find(ctx.tokens, lang);
      if (found.length === 0) continue;
      hits.push({
        spans: found.map((f) => f.span),
        message: ctx.t({ nl: 'Over "{subject}" spreken alleen de woordvoerders van de organisatie.', en: 'Only the organisation\'s spokespeople speak about "{subject}".' }, { subject: title(s.title) }),
        suggestion: ctx.t({ nl: 'Verwijs naar wat de organisatie zelf al heeft gezegd, of laat het aan de woordvoerder.', en: 'Point to what the organisation has already said, or leave it to the spokesperson.' }),
      });
    }
  }

  // No fit: only with themes, never on a reply (service), never on the pack's own release
  // (press-release runs first and owns that nudge), and only when the post says enough.
  const content = ctx.tokens.filter(isContentToken).length;
  const ownRelease = ctx.scores.pressRelease.similarity >= 0.3;
  if (hits.length === 0 && best && !ctx.input.reply && !ownRelease && content >= MIN_CONTENT_WORDS && Math.max(best.fit, goalFit) < NO_FIT_SUM) {
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
  compile,
  detect,
  examples: { fire: [], pass: [] },
};
