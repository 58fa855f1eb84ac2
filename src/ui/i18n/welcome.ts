// Texts of the first-run welcome page, in Dutch and English.
import type { Catalog } from './index';

const en = {
  title: 'Welcome to Posting Coach',
  intro: 'Posting Coach helps you write social-media posts that start a conversation and fit your organisation’s strategy.',
  doesHeading: 'What it does',
  does1: 'While you write on X, LinkedIn, Facebook, Mastodon, Bluesky, Threads, Reddit, Instagram or YouTube, it gives short tips: when a post only broadcasts, sells, reads like a press release or drifts from the strategy.',
  does2: 'Every tip says which guideline it comes from and offers a better way.',
  does3: 'The popup shows your organisation’s guidelines at a click.',
  doesNotHeading: 'What it never does',
  doesNot1: 'It never blocks a post. You always decide.',
  doesNot2: 'No text leaves your browser: posts are checked on this device, and nothing is sent anywhere.',
  doesNot3: 'It never changes what you type.',
  setupHeading: 'Set up',
  languageLabel: 'Language of the coach',
  roleLabel: 'Your role',
  roleEmployee: 'Employee',
  roleSpokesperson: 'Spokesperson (speaks for the organisation)',
  packHeading: 'Your organisation’s rule pack (optional)',
  packHint: 'Got a pack file or address from your communication team? Load it here. Without one, the coach uses good general practice.',
  packLocked: 'Your organisation’s IT policy already sets the rule pack.',
  done: 'Start coaching',
  doneNote: 'All set. You can change this any time in the options.',
  openOptions: 'Open the options',
  loading: 'Loading…',
  loadError: 'Could not read the settings: {detail}',
};

export type WelcomeKey = keyof typeof en;

export const welcomeCatalog: Catalog<WelcomeKey> = {
  en,
  nl: {
    title: 'Welkom bij Posting Coach',
    intro: 'Posting Coach helpt je berichten voor sociale media te schrijven die een gesprek beginnen en passen bij de strategie van je organisatie.',
    doesHeading: 'Wat het doet',
    does1: 'Terwijl je schrijft op X, LinkedIn, Facebook, Mastodon, Bluesky, Threads, Reddit, Instagram of YouTube geeft het korte tips: als een bericht alleen zendt, verkoopt, leest als een persbericht of afdwaalt van de strategie.',
    does2: 'Elke tip zegt op welke richtlijn hij rust en biedt een betere aanpak.',
    does3: 'De pop-up toont de richtlijnen van je organisatie met één klik.',
    doesNotHeading: 'Wat het nooit doet',
    doesNot1: 'Het houdt nooit een bericht tegen. Jij beslist altijd.',
    doesNot2: 'Geen tekst verlaat je browser: berichten worden op dit apparaat gecontroleerd en er wordt niets verstuurd.',
    doesNot3: 'Het verandert nooit wat je typt.',
    setupHeading: 'Instellen',
    languageLabel: 'Taal van de coach',
    roleLabel: 'Je rol',
    roleEmployee: 'Medewerker',
    roleSpokesperson: 'Woordvoerder (spreekt namens de organisatie)',
    packHeading: 'Het regelpakket van je organisatie (optioneel)',
    packHint: 'Heb je een pakketbestand of -adres van je communicatieafdeling? Laad het hier. Zonder pakket gebruikt de coach algemene goede praktijk.',
    packLocked: 'Het IT-beleid van je organisatie bepaalt het regelpakket al.',
    done: 'Begin met coachen',
    doneNote: 'Klaar. Je kunt dit altijd wijzigen in de instellingen.',
    openOptions: 'Open de instellingen',
    loading: 'Laden…',
    loadError: 'Kon de instellingen niet lezen: {detail}',
  },
};
