// Off strategy: mocking a competitor or grumbling in public about one's own organisation. It
// serves no goal of the pack. Judged only against a pack with themes, so the default pack stays
// quiet, and never in a reply (service talk).
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { derisionSpans } from './signals';

function detect(ctx: RuleContext): RuleHit[] {
  if (ctx.reply || !(ctx.pack.strategy?.themes?.length ?? 0)) return [];
  const spans = derisionSpans(ctx.text);
  if (spans.length === 0) return [];
  return [
    {
      spans,
      message: ctx.t({ nl: 'Dit maakt een ander belachelijk of moppert in het openbaar over je eigen organisatie.', en: 'This mocks someone else or grumbles in public about your own organisation.' }),
      suggestion: ctx.t({ nl: 'Bespreek ergernis intern, en laat concurrenten met rust. Vertel liever wat jouw werk de lezer oplevert.', en: 'Raise frustrations internally and leave competitors alone. Tell what your work brings the reader instead.' }),
    },
  ];
}

export const derision: Rule = {
  id: 'derision',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'nudge',
  principle: 'strategy',
  why: {
    nl: 'Onze berichten dienen de doelen die we samen kozen. Spot en gemopper dienen er geen.',
    en: 'Our posts serve the goals we chose together. Mockery and grumbling serve none of them.',
  },
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Ons roostersysteem ligt alweer plat en niemand weet wanneer het terugkomt 🙄' },
      { lang: 'nl', pack: 'gemeente-dalzicht', text: 'De buurgemeente heeft weer een rotonde aangelegd waar niemand omheen kan 😂' },
      { lang: 'en', pack: 'northwind-energy', text: 'A competitor just sent me their new tariff leaflet. Seven pages of small print 🤣' },
      { lang: 'en', pack: 'northwind-energy', text: 'Our booking portal is down again 🙄 Who signs off on this stuff?' },
    ],
    pass: [
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Ons nieuwe afsprakensysteem is er! Laat je weten hoe het werkt? 😂' },
      { lang: 'nl', text: 'De concurrentie heeft weer een slogan bedacht, haha' },
      { lang: 'en', pack: 'northwind-energy', text: 'Haha, my first heat pump install took four hours 😂 The apprentices now do it in two. What did your first week at work teach you?' },
      { lang: 'en', pack: 'northwind-energy', text: 'We work with other suppliers on a shared grid study. Read what we found.' },
    ],
  },
};
