import { describe, expect, it } from 'vitest';
import { analyse, compilePack } from '../../coach-engine';
import { testPack } from '../../../tests/helpers/test-pack';

// A pack as an officer writes it: no subject marked personal, so the built-in signs decide.
const pack = testPack(
  { themes: [{ id: 'service', title: { nl: 'Dienstverlening', en: 'Service' }, keywords: { nl: ['paspoort', 'afspraak'], en: ['passport', 'appointment'] } }] },
  { organisation: { name: 'Gemeente Oostwold' } },
);
const rules = (text: string, lang: 'nl' | 'en', reply = true) => analyse({ text, lang, reply }, compilePack(pack)).findings.map((f) => f.rule);

describe('someone\'s own case in a public reply', () => {
  it('is named by missed payments', () => {
    expect(rules('@Craig Craig, I can see you have missed the last three payments since August, that is why the letter came. Ring me on Monday.', 'en')).toContain('personal-case');
    expect(rules('@Marleen Marleen, ik zie dat u sinds augustus drie betalingen hebt gemist, daarom kwam die brief.', 'nl')).toContain('personal-case');
  });

  it('is named by how a neighbour\'s application went, with the house number', () => {
    expect(rules('@R_vdveen De dakkapel van uw buurman op nummer 14 is in augustus gewoon goedgekeurd, hij had alles netjes ingediend.', 'nl')).toContain('personal-case');
    expect(rules("@ray_k Your neighbour's extension at number 14 was approved in August, he applied in time.", 'en')).toContain('personal-case');
  });

  it('is not named by a general answer, or by a public body\'s own permit', () => {
    expect(rules('@jan Een aanvraag voor een dakkapel is meestal binnen acht weken goedgekeurd. Op onze site staat wat u moet indienen.', 'nl')).not.toContain('personal-case');
    expect(rules('@jan De vergunning voor het nieuwe zwembad aan de Parkweg is in mei verleend, de bouw begint in september.', 'nl')).not.toContain('personal-case');
    expect(rules('@ray_k Planning permission for the new primary school on Mill Lane was granted in May.', 'en')).not.toContain('personal-case');
    expect(rules('@ray_k Missed a payment? Our website explains how to catch up without a fee.', 'en')).not.toContain('personal-case');
  });
});
