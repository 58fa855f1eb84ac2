// Labels of the coach in the compose box (badge, panel, cards), Dutch and English. Level and
// category names come from src/ui/shared/vocabulary.ts, the same words as on every other surface.
import type { Catalog } from './index';

export type CoachKey =
  | 'title'
  | 'badgeClean'
  | 'badgeOne'
  | 'badgeCount'
  | 'close'
  | 'why'
  | 'suggestion'
  | 'gotIt'
  | 'setAside'
  | 'undo'
  | 'notRelevant'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'apply'
  | 'applied'
  | 'applyFailed'
  | 'good'
  | 'empty'
  | 'shortcut'
  | 'cardsLabel'
  | 'hoverHint';

export const COACH_CATALOG: Catalog<CoachKey> = {
  en: {
    title: 'Posting Coach',
    badgeClean: 'Posting Coach: no nudges. Open the coach',
    badgeOne: 'Posting Coach: 1 nudge. Open the coach',
    badgeCount: 'Posting Coach: {count} nudges. Open the coach',
    close: 'Close',
    why: 'Guideline',
    suggestion: 'Your post could read',
    gotIt: 'Got it',
    setAside: 'Set aside: “{message}”',
    undo: 'Undo',
    notRelevant: 'Not relevant here',
    copy: 'Copy',
    copied: 'Copied. Paste it where you like.',
    copyFailed: 'Could not copy. Select the text above and copy it yourself.',
    apply: 'Apply',
    applied: 'Applied. Read it over: it is your post.',
    applyFailed: 'This editor did not take the change; the text was copied instead.',
    good: 'What works',
    empty: 'Nothing to nudge. Go ahead.',
    shortcut: 'Your shortcut (Alt+Shift+P unless you changed it) opens this panel; Escape closes it.',
    cardsLabel: 'Nudges',
    hoverHint: 'Click to open this nudge',
  },
  nl: {
    title: 'Posting Coach',
    badgeClean: 'Posting Coach: geen tips. Open de coach',
    badgeOne: 'Posting Coach: 1 tip. Open de coach',
    badgeCount: 'Posting Coach: {count} tips. Open de coach',
    close: 'Sluiten',
    why: 'Richtlijn',
    suggestion: 'Je bericht kan zo luiden',
    gotIt: 'Begrepen',
    setAside: 'Opzijgezet: “{message}”',
    undo: 'Ongedaan maken',
    notRelevant: 'Niet van toepassing',
    copy: 'Kopiëren',
    copied: 'Gekopieerd. Plak het waar je wilt.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hierboven en kopieer hem zelf.',
    apply: 'Toepassen',
    applied: 'Toegepast. Lees het na: het is jouw bericht.',
    applyFailed: 'Deze editor nam de wijziging niet over; de tekst is gekopieerd.',
    good: 'Wat goed is',
    empty: 'Geen tips. Ga je gang.',
    shortcut: 'Je sneltoets (Alt+Shift+P, tenzij je die veranderde) opent dit paneel; Escape sluit het.',
    cardsLabel: 'Tips',
    hoverHint: 'Klik om deze tip te openen',
  },
};
