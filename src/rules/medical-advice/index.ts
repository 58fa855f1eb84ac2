// Off strategy: medical advice to one person in a public reply. Changing a dose is for the own
// doctor or pharmacist, and a public reply is no consultation.
import type { Rule, RuleContext, RuleHit } from '../../engine/rule';
import { medicalAdviceSpans } from './signals';

function detect(ctx: RuleContext): RuleHit[] {
  const spans = ctx.reply ? medicalAdviceSpans(ctx.text) : [];
  if (spans.length === 0) return [];
  return [
    {
      spans,
      message: ctx.t({ nl: 'Dit is persoonlijk medisch advies in een openbare reactie.', en: 'This is personal medical advice in a public reply.' }),
      suggestion: ctx.t({ nl: 'Verwijs naar de eigen arts of apotheker, en ga verder in een privébericht.', en: 'Refer to their own doctor or pharmacist, and continue by direct message.' }),
    },
  ];
}

export const medicalAdvice: Rule = {
  id: 'medical-advice',
  category: 'off-strategy',
  languages: ['nl', 'en'],
  defaultSeverity: 'warning',
  principle: 'strategy',
  why: {
    nl: 'Medisch advies geeft de eigen arts of apotheker, niet een openbare reactie.',
    en: 'Medical advice comes from one\'s own doctor or pharmacist, not from a public reply.',
  },
  detect,
  examples: {
    fire: [
      { lang: 'nl', pack: 'zorgnet-schelde', text: '@rik_v Bij die rugpijn mag je de pijnstillers gerust verhogen naar vier per dag.', reply: true },
      { lang: 'nl', text: 'Met die klachten zou ik je bloeddrukpillen halveren.', reply: true },
      { lang: 'en', pack: 'zorgnet-schelde', text: '@maya Just stop taking the tablets until you see your GP next week.', reply: true },
      { lang: 'en', text: 'If it still hurts tomorrow, double the ibuprofen.', reply: true },
    ],
    pass: [
      { lang: 'nl', pack: 'zorgnet-schelde', text: '@bert Over uw medicatie kunnen we hier niets zeggen; uw huisarts of apotheker helpt u graag verder. – webteam', reply: true },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Neem je medicatie mee naar je afspraak, dan kijkt de apotheker mee.', reply: true },
      { lang: 'nl', pack: 'zorgnet-schelde', text: 'Stop met roken en halveer je risico: onze coaches helpen je op weg.' },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'Antibiotics do not work against a cold. Ask your pharmacist what does.', reply: true },
      { lang: 'en', pack: 'zorgnet-schelde', text: 'Our pharmacists explain in a short video how to stop taking sleeping tablets safely, with your doctor.' },
    ],
  },
};
