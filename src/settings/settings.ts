// User settings, stored in browser.storage.local; managed storage (enterprise policy) and the
// pack in force may fix some of them. Shared by every surface.
import type { Intensity, Lang, Role } from '../engine/types';
import type { Privacy } from '../history/events';

export interface Settings {
  /** 'auto' follows the browser's language. */
  uiLang: 'auto' | Lang;
  role: Role;
  intensity: Intensity;
  privacy: Privacy;
  /** Site keys (see src/compose/sites) the user switched off. */
  disabledSites: string[];
  /** Origins the user switched on beyond the built-in sites (with their permission granted). */
  extraOrigins: string[];
  retentionDays: number;
  maxEvents: number;
  /** Set once the welcome page was completed. */
  welcomed: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  uiLang: 'auto',
  role: 'employee',
  intensity: 'normal',
  privacy: 'excerpt',
  disabledSites: [],
  extraOrigins: [],
  retentionDays: 180,
  maxEvents: 50_000,
  welcomed: false,
};

export const SETTINGS_KEY = 'settings';
