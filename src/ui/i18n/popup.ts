// Texts of the popup (the guidelines at a click), in Dutch and English.
import type { Catalog } from './index';

export type PopupKey =
  | 'title'
  | 'language'
  | 'langAuto'
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'noMatch'
  | 'noGuidelines'
  | 'noGuidelinesHint'
  | 'sectionWhy'
  | 'sectionPrinciples'
  | 'sectionGoals'
  | 'sectionThemes'
  | 'sectionAvoid'
  | 'sectionDo'
  | 'sectionDont'
  | 'sectionSpokespeople'
  | 'sectionReserved'
  | 'sectionContact'
  | 'packInForce'
  | 'sourceDefault'
  | 'sourceFile'
  | 'sourcePaste'
  | 'sourceUrl'
  | 'sourceManaged'
  | 'siteHeading'
  | 'siteOn'
  | 'siteOffNotice'
  | 'siteNotWeb'
  | 'siteNotCovered'
  | 'siteCoachHere'
  | 'siteDenied'
  | 'siteUnknown'
  | 'todayHeading'
  | 'todayCount'
  | 'todayOne'
  | 'todayNone'
  | 'todayUnavailable'
  | 'openOptions'
  | 'openReview'
  | 'loading'
  | 'loadError'
  | 'guidelinesHeading'
  | 'actionsLabel';

export const popupCatalog: Catalog<PopupKey> = {
  en: {
    title: 'Posting Coach',
    language: 'Language',
    langAuto: 'Browser language',
    searchLabel: 'Search the guidelines',
    searchPlaceholder: 'Search, e.g. “press” or “questions”',
    noMatch: 'No guideline matches “{query}”.',
    noGuidelines: 'The pack in force has no guidelines to show.',
    noGuidelinesHint: 'Communication staff can load the organisation’s pack on the options page.',
    sectionWhy: 'Why we are on social media',
    sectionPrinciples: 'Principles',
    sectionGoals: 'Goals',
    sectionThemes: 'Our themes',
    sectionAvoid: 'Topics to stay away from',
    sectionDo: 'Do',
    sectionDont: 'Don’t',
    sectionSpokespeople: 'Who speaks for the organisation',
    sectionReserved: 'Subjects only spokespeople post about',
    sectionContact: 'Questions',
    packInForce: 'Guidelines of',
    sourceDefault: 'built-in default',
    sourceFile: 'from file {location}',
    sourcePaste: 'pasted',
    sourceUrl: 'from {location}',
    sourceManaged: 'set by your organisation’s IT policy',
    siteHeading: 'This site',
    siteOn: 'Coach on {site}',
    siteOffNotice: 'The coach is switched off here.',
    siteNotWeb: 'This tab is not a web page.',
    siteNotCovered: 'The coach does not run on {site} yet.',
    siteCoachHere: 'Coach on this site',
    siteDenied: 'Permission was not given; nothing changed.',
    siteUnknown: 'Could not read the current tab.',
    todayHeading: 'Today on this device',
    todayCount: '{count} nudges today',
    todayOne: '1 nudge today',
    guidelinesHeading: 'Your organisation’s guidelines',
    actionsLabel: 'More',
    todayNone: 'No nudges today.',
    todayUnavailable: 'The nudge history could not be read.',
    openOptions: 'Options',
    openReview: 'Review history',
    loading: 'Loading…',
    loadError: 'Could not read the settings: {detail}',
  },
  nl: {
    title: 'Posting Coach',
    language: 'Taal',
    langAuto: 'Taal van de browser',
    searchLabel: 'Zoek in de richtlijnen',
    searchPlaceholder: 'Zoek, bijv. “pers” of “vragen”',
    noMatch: 'Geen richtlijn past bij “{query}”.',
    noGuidelines: 'Het actieve pakket heeft geen richtlijnen om te tonen.',
    noGuidelinesHint: 'Communicatiemedewerkers laden het pakket van de organisatie via de instellingen.',
    sectionWhy: 'Waarom we op sociale media zitten',
    sectionPrinciples: 'Uitgangspunten',
    sectionGoals: 'Doelen',
    sectionThemes: 'Onze thema’s',
    sectionAvoid: 'Onderwerpen om weg te blijven',
    sectionDo: 'Wel doen',
    sectionDont: 'Niet doen',
    sectionSpokespeople: 'Wie spreekt namens de organisatie',
    sectionReserved: 'Onderwerpen alleen voor woordvoerders',
    sectionContact: 'Vragen',
    packInForce: 'Richtlijnen van',
    sourceDefault: 'ingebouwde standaard',
    sourceFile: 'uit bestand {location}',
    sourcePaste: 'geplakt',
    sourceUrl: 'van {location}',
    sourceManaged: 'ingesteld door het IT-beleid van je organisatie',
    siteHeading: 'Deze site',
    siteOn: 'Coach op {site}',
    siteOffNotice: 'De coach staat hier uit.',
    siteNotWeb: 'Dit tabblad is geen webpagina.',
    siteNotCovered: 'De coach werkt nog niet op {site}.',
    siteCoachHere: 'Coach op deze site',
    siteDenied: 'Geen toestemming gegeven; er is niets veranderd.',
    siteUnknown: 'Kon het huidige tabblad niet lezen.',
    todayHeading: 'Vandaag op dit apparaat',
    todayCount: '{count} tips vandaag',
    todayOne: '1 tip vandaag',
    guidelinesHeading: 'De richtlijnen van je organisatie',
    actionsLabel: 'Meer',
    todayNone: 'Vandaag nog geen tips.',
    todayUnavailable: 'De geschiedenis van tips kon niet worden gelezen.',
    openOptions: 'Instellingen',
    openReview: 'Geschiedenis bekijken',
    loading: 'Laden…',
    loadError: 'Kon de instellingen niet lezen: {detail}',
  },
};
