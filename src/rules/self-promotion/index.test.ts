import { describe, expect, it } from 'vitest';
import { analyse, compilePack } from '../../coach-engine';

const bare = compilePack({ format: 1, id: 'bare', name: 'Bare', version: '1', languages: ['nl', 'en'] });

describe('self-promotion report', () => {
  it('scores promotion and names the boasting words', () => {
    const text = 'Wij zijn de beste bakkerij van de regio! Bestel nu met 10% korting.';
    const report = analyse({ text }, bare);
    const finding = report.findings.find((f) => f.rule === 'self-promotion')!;
    expect(finding.spans.map((s) => text.slice(s.start, s.end))).toEqual(expect.arrayContaining(['beste bakkerij van de regio', '10% korting']));
    expect(report.scores.promotion).toBeGreaterThan(0.6);
    expect(analyse({ text: 'Welke plek in jouw buurt is aan de beurt?' }, bare).scores.promotion).toBeLessThan(0.1);
  });

  it('does not flag a modest result that credits others', () => {
    const report = analyse({ text: 'Kleine stap: we wonnen een prijs voor de bibliotheek. Dank aan de vrijwilligers die elke zaterdag klaarstaan.' }, bare);
    expect(report.findings.map((f) => f.rule)).not.toContain('self-promotion');
  });

  it('suggests dropping the sales call on a sales pitch', () => {
    const finding = analyse({ text: 'Spring sale: 25% off when you book now!' }, bare).findings.find((f) => f.rule === 'self-promotion')!;
    expect(finding.suggestion).toMatch(/buy-now/);
  });
});
