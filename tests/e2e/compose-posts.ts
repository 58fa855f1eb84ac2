// The posts the compose tests type: one per kind of nudge, clear enough that any sensible
// version of the engine flags them, and one good post that should draw none.
export interface TestPost {
  id: string;
  /** Rule ids at least one of which must fire. */
  rules: string[];
  text: string;
}

export const BROADCAST: TestPost = {
  id: 'broadcasting',
  rules: ['broadcasting'],
  text: 'Save the date! Op 12 maart houden we onze open dag. Schrijf je nu in via onze website. Meld je vandaag nog aan!',
};

export const SELF_PROMOTION: TestPost = {
  id: 'self-promotion',
  rules: ['self-promotion'],
  text: 'We are proud to announce that we are the market leader in sustainable packaging. Our award-winning team delivers best-in-class solutions. Contact us today!',
};

export const PRESS_RELEASE: TestPost = {
  id: 'press-release',
  rules: ['press-release'],
  text:
    'FOR IMMEDIATE RELEASE\nAMSTERDAM, 3 March 2026 – Acme Data today announced a partnership with the City of Utrecht. ' +
    '"We are delighted to join forces," said Jan Jansen, CEO of Acme Data.\nAbout Acme Data\nAcme Data is a leading provider of data services.',
};

export const NUDGED_POSTS: readonly TestPost[] = [BROADCAST, SELF_PROMOTION, PRESS_RELEASE];

export const GOOD_POST =
  'Last week our support team spent a day at the public library in Utrecht. Marieke noticed that most people needed help with the same form. Which form would you fix first? Thanks to @anouk for organising the day.';
