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
    expect(rules('@ray_k The extension at number 14 was approved in August, your neighbour applied in time.', 'en')).toContain('personal-case');
  });

  it('is not named by a general answer about how applications go', () => {
    expect(rules('@R_vdveen Een aanvraag voor een dakkapel wordt meestal binnen acht weken beoordeeld. Op onze site staat wat u moet indienen.', 'nl')).not.toContain('personal-case');
  });
});
