// The packs the Firefox tests load, and the words the add-on's pages use for them.
import { readFileSync } from 'node:fs';
import { makeT } from '../../src/ui/i18n/index.ts';
import { optionsCatalog } from '../../src/ui/i18n/options.ts';
import { popupCatalog, type PopupKey } from '../../src/ui/i18n/popup.ts';
import { reviewCatalog } from '../../src/ui/i18n/review.ts';
import { welcomeCatalog } from '../../src/ui/i18n/welcome.ts';
import { packName } from '../../src/ui/shared/vocabulary.ts';

type Json = Record<string, any>;

export const DEFAULT_PACK: Json = JSON.parse(readFileSync('packs/default.json', 'utf8'));
/** Gemeente Dalzicht: guidelines and strategy themes in Dutch and English, and passing tests. */
export const ORG_PACK: Json = JSON.parse(readFileSync('packs/gemeente-dalzicht.json', 'utf8'));

export function en(text: unknown): string {
  return typeof text === 'string' ? text : ((text as Record<string, string>).en ?? '');
}

// Firefox runs in English here (en-US), so the pages speak English: their own texts, from the catalogs.
export const optionsText = makeT(optionsCatalog, 'en');
export const popupText = makeT(popupCatalog, 'en');
export const reviewText = makeT(reviewCatalog, 'en');
export const welcomeText = makeT(welcomeCatalog, 'en');

/** A pack's name as the pages show it to a person (the built-in default has a name for people). */
export const shownName = (pack: Json) => packName({ id: pack.id, name: pack.name }, 'en');

/** The popup's line on whose guidelines these are: "Guidelines of <pack> · <where from>". */
export function popupPackLine(pack: Json, source: Extract<PopupKey, `source${string}`>): string {
  return `${popupText('packInForce')} ${shownName(pack)} · ${popupText(source)}`;
}

/** The options page's line on the pack in force: "In force: <pack> <version>". */
export const optionsInForce = (pack: Json) => optionsText('inForce', { name: shownName(pack), version: pack.version });
