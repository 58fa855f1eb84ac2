// What each theme, goal, subject and custom rule of a pack matches on, as the engine counts it
// (src/engine/nlp/strategy-vocabulary.ts): shown right after a pack or a draft is loaded, so a
// communication officer sees which words will count before any post is tried. Each part opens
// on demand (native <details>, so keyboard and screen readers work as usual).
import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import { strategyVocabulary, type CustomVocabulary, type SubjectVocabulary, type ThemeVocabulary } from '../../engine/nlp/strategy-vocabulary';
import { pickText } from '../../engine/pack/text';
import type { Pack } from '../../engine/pack/types';
import type { Lang } from '../../engine/types';
import { makeT, type Translate } from '../i18n';
import { matchesCatalog, type MatchesKey } from '../i18n/matches';
import { ruleName } from '../shared/vocabulary';
import { listNames } from './list-names';

type T = Translate<MatchesKey>;

interface Props {
  pack: Pack;
  lang: Lang;
}

/** Words as small chips; a list so a screen reader says how many. */
function Words({ words, label }: { words: readonly string[]; label: string }) {
  if (words.length === 0) return null;
  return (
    <>
      <p class="match-label">{label}</p>
      <ul class="chips">
        {words.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </>
  );
}

function ThemeItem({ theme, lang, t, kind }: { theme: ThemeVocabulary; lang: Lang; t: T; kind: 'theme' | 'goal' }) {
  return (
    <li>
      <details data-match={`${kind}:${theme.id}`}>
        <summary>
          <strong>{pickText(theme.title, lang)}</strong>{' '}
          <span class="muted">
            {kind === 'theme' ? t('matchThemeCounts', { keywords: theme.keywords.length, drawn: theme.drawn.length }) : t('matchGoalCounts', { drawn: theme.drawn.length })}
          </span>
        </summary>
        <Words words={theme.keywords} label={t('matchKeywords')} />
        <Words words={theme.drawn} label={t(kind === 'theme' ? 'matchDrawn' : 'matchGoalWords')} />
        {theme.keywords.length + theme.drawn.length === 0 && <p class="muted">{t('matchNothing')}</p>}
      </details>
    </li>
  );
}

const FAMILY_KEY = {
  politics: 'familyPolitics',
  labour: 'familyLabour',
  legal: 'familyLegal',
  incident: 'familyIncident',
  fraud: 'familyFraud',
  finance: 'familyFinance',
  investing: 'familyInvesting',
  'product-safety': 'familyProductSafety',
  personnel: 'familyPersonnel',
  closures: 'familyClosures',
  complaint: 'familyComplaint',
} as const;

/** "legal cases and incidents": the families a subject speaks of, in the UI language. */
function familyNames(subject: SubjectVocabulary, t: T): string {
  return listNames(subject.families.map((f) => t(FAMILY_KEY[f])), t('familyAnd'));
}

function SubjectItem({ subject, lang, t, needed }: { subject: SubjectVocabulary; lang: Lang; t: T; needed: number }) {
  return (
    <li>
      <details data-match={`${subject.list}:${subject.id}`}>
        <summary>
          <strong>{pickText(subject.title, lang)}</strong>{' '}
          <span class="muted">{t(subject.list === 'avoid' ? (subject.personal ? 'matchPersonal' : 'matchAvoid') : 'matchReserved')}</span>
        </summary>
        <Words words={subject.terms} label={t('matchSubjectTerms')} />
        {subject.sharedTerms.length > 0 && <p class="muted" data-shared-terms>{t('matchSharedTerms', { words: subject.sharedTerms.map((w) => `“${w}”`).join(', '), count: needed })}</p>}
        <Words words={subject.words} label={t('matchSubjectWords', { count: needed })} />
        <Words words={subject.familyStrong} label={t('matchFamilyStrong', { families: familyNames(subject, t) })} />
        <Words words={subject.familyWords} label={t('matchFamilyWords', { families: familyNames(subject, t), count: needed })} />
        {subject.personal && <p class="muted">{t('matchPersonalNote')}</p>}
        {subject.terms.length + subject.words.length + subject.familyStrong.length + subject.familyWords.length === 0 && <p class="muted">{t('matchNothing')}</p>}
      </details>
    </li>
  );
}

function CustomItem({ rule, pack, lang, t }: { rule: CustomVocabulary; pack: Pack; lang: Lang; t: T }) {
  const source = pack.custom?.find((r) => r.id === rule.id);
  const message = pickText(source?.message, lang);
  const only = source?.lang;
  return (
    <li>
      <details data-match={`custom:${rule.id}`}>
        <summary>
          <strong>{ruleName(rule.id, lang)}</strong> {message && <span class="muted">{message}</span>}
        </summary>
        {rule.kind === 'terms' && <Words words={rule.terms} label={t('matchTerms')} />}
        {rule.kind === 'pattern' && rule.pattern !== undefined && (
          <>
            <p class="match-label">{t(rule.ignoreCase ? 'matchPattern' : 'matchPatternCase')}</p>
            <p>
              <code class="match-pattern">{rule.pattern}</code>
            </p>
          </>
        )}
        <Words words={rule.matches} label={t('matchExamples')} />
        {only && <p class="muted">{t('matchOnlyLang', { lang: t(only === 'nl' ? 'langDutch' : 'langEnglish') })}</p>}
      </details>
    </li>
  );
}

/** A heading and its list of parts, left out when the pack has none of them. */
function Section({ heading, children }: { heading: string; children: VNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul class="match-list">{children}</ul>
    </>
  );
}

export function MatchOverview({ pack, lang }: Props) {
  const t = useMemo(() => makeT(matchesCatalog, lang), [lang]);
  // Stem the way the engine would for the pack's own language when the page's isn't one of its languages.
  const stemLang: Lang = pack.languages.includes(lang) ? lang : (pack.languages[0] ?? lang);
  const v = useMemo(() => strategyVocabulary(pack, stemLang), [pack, stemLang]);
  const avoid = v.subjects.filter((s) => s.list === 'avoid');
  const reserved = v.subjects.filter((s) => s.list === 'reserved');
  const empty = v.themes.length + v.goals.length + v.subjects.length + v.custom.length === 0;
  return (
    <div class="match-overview" data-testid="pack-matches">
      <h3>{t('matchHeading')}</h3>
      {empty ? (
        <p class="muted">{t('matchEmpty')}</p>
      ) : (
        <p class="muted">{t('matchIntro')}</p>
      )}
      <Section heading={t('matchThemes', { count: v.themes.length })}>
        {v.themes.map((theme) => (
          <ThemeItem key={theme.id} theme={theme} lang={lang} t={t} kind="theme" />
        ))}
      </Section>
      <Section heading={t('matchGoals', { count: v.goals.length })}>
        {v.goals.map((goal) => (
          <ThemeItem key={goal.id} theme={goal} lang={lang} t={t} kind="goal" />
        ))}
      </Section>
      <Section heading={t('matchSubjects', { count: avoid.length + reserved.length })}>
        {[...avoid, ...reserved].map((s) => (
          <SubjectItem key={`${s.list}:${s.id}`} subject={s} lang={lang} t={t} needed={v.wordsNeeded} />
        ))}
      </Section>
      <Section heading={t('matchCustom', { count: v.custom.length })}>
        {v.custom.map((rule) => (
          <CustomItem key={rule.id} rule={rule} pack={pack} lang={lang} t={t} />
        ))}
      </Section>
      {v.packWords.length > 0 && (
        <details class="match-pack-words" data-match="pack">
          <summary>{t('matchPackWords', { count: v.packWords.length })}</summary>
          <Words words={v.packWords} label={t('matchPackWordsNote')} />
        </details>
      )}
    </div>
  );
}
