// The packs the Firefox tests load: an example organisation's pack from packs/, and the default.
import { readFileSync } from 'node:fs';
import { makeT } from '../../src/ui/i18n/index.ts';
import { optionsCatalog } from '../../src/ui/i18n/options.ts';
import { popupCatalog } from '../../src/ui/i18n/popup.ts';
import { reviewCatalog } from '../../src/ui/i18n/review.ts';
import { welcomeCatalog } from '../../src/ui/i18n/welcome.ts';

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
