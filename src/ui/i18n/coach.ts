// Labels of the coach in the compose box (badge, panel, cards), Dutch and English.
import type { Catalog } from './index';

export type CoachKey =
  | 'title'
  | 'badgeClean'
  | 'badgeCount'
  | 'close'
  | 'why'
  | 'suggestion'
  | 'gotIt'
  | 'notRelevant'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'apply'
  | 'applied'
  | 'applyFailed'
  | 'good'
  | 'empty'
  | 'severity.warning'
  | 'severity.nudge'
  | 'severity.info'
  | 'shortcut'
  | 'cardsLabel';

export const COACH_CATALOG: Catalog<CoachKey> = {
  en: {
    title: 'Posting Coach',
    badgeClean: 'Posting Coach: no nudges. Open the coach',
    badgeCount: 'Posting Coach: {count} nudge(s). Open the coach',
    close: 'Close',
    why: 'Why',
    suggestion: 'Try this',
    gotIt: 'Got it',
    notRelevant: 'Not relevant here',
    copy: 'Copy',
    copied: 'Copied. Paste it where you like.',
    copyFailed: 'Could not copy. Select the text above and copy it yourself.',
    apply: 'Apply',
    applied: 'Applied.',
    applyFailed: 'This editor did not take the change; the text was copied instead.',
    good: 'What works',
    empty: 'Nothing to nudge. Go ahead.',
    'severity.warning': 'Warning',
    'severity.nudge': 'Nudge',
    'severity.info': 'Tip',
    shortcut: 'Alt+Shift+P opens this panel; Escape closes it.',
    cardsLabel: 'Nudges',
  },
  nl: {
    title: 'Posting Coach',
    badgeClean: 'Posting Coach: geen tips. Open de coach',
    badgeCount: 'Posting Coach: {count} tip(s). Open de coach',
    close: 'Sluiten',
    why: 'Waarom',
    suggestion: 'Probeer dit',
    gotIt: 'Begrepen',
    notRelevant: 'Niet van toepassing',
    copy: 'Kopiëren',
    copied: 'Gekopieerd. Plak het waar je wilt.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hierboven en kopieer hem zelf.',
    apply: 'Toepassen',
    applied: 'Toegepast.',
    applyFailed: 'Deze editor nam de wijziging niet over; de tekst is gekopieerd.',
    good: 'Wat goed is',
    empty: 'Geen tips. Ga je gang.',
    'severity.warning': 'Waarschuwing',
    'severity.nudge': 'Tip',
    'severity.info': 'Opmerking',
    shortcut: 'Alt+Shift+P opent dit paneel; Escape sluit het.',
    cardsLabel: 'Tips',
  },
};
