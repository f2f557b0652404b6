import { beforeAll, describe, expect, it } from 'vitest';
import { clearEnglishLead, THRESHOLDS, type Candidate } from '../../src/kb/decide.ts';
import { openKnowledge, type Answerer } from '../../src/kb/index.ts';

const candidate = (id: string, englishFit: number, relevance: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  kind: 'procedure',
  relevance,
  nameCoverage: 0,
  queryCoverage: 0,
  bigramCoverage: 0,
  nameMatched: 0,
  namedPairs: [],
  unaskedVariant: false,
  unsaid: [],
  exampleMatch: 0,
  nameUnsaid: Infinity,
  contradicted: false,
  englishFit,
  ...extra,
});

describe('an English question that says one entry’s examples clearly more than any other’s', () => {
  const floor = THRESHOLDS.englishFloor;
  it('is that entry, whatever its rank by relevance', () => {
    const lead = candidate('notice', 0.3, floor + 0.01);
    expect(clearEnglishLead([candidate('other', 0.1, floor + 0.1), lead])).toBe(lead);
  });
  it('is not kept from its lead by a sibling the question speaks against', () => {
    const lead = candidate('distribution', 0.22, 0.38);
    const against = candidate('production', 0.25, 0.13, { contradicted: true });
    expect(clearEnglishLead([lead, against, candidate('retail', 0.1, 0.1)])).toBe(lead);
  });
  it('is no entry when a sibling is said about as well', () => {
    expect(clearEnglishLead([candidate('a', 0.3, 0.4), candidate('b', 0.25, 0.4)])).toBeNull();
  });
  it('is no entry when the fit is weak, the relevance below the floor, or the question speaks against it', () => {
    expect(clearEnglishLead([candidate('a', THRESHOLDS.englishFit - 0.01, 0.4)])).toBeNull();
    expect(clearEnglishLead([candidate('a', 0.4, floor - 0.01)])).toBeNull();
    expect(clearEnglishLead([candidate('a', 0.4, 0.4, { contradicted: true })])).toBeNull();
    expect(clearEnglishLead([candidate('a', 0.4, 0.4, { unaskedVariant: true })])).toBeNull();
  });
});

describe('English questions against the content', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = await openKnowledge('content', { baseUrl: 'http://localhost:3000' });
  });
  it('answers an English question said like one entry’s examples in other words and order', () => {
    const lucky = answerer.ask('prize draw for our customers at two shops, must we register it with the department');
    expect(lucky.answered).toBe(true);
    expect(lucky.ref).toBe('P31');
  });
  it('hands off an English question on a topic outside the content (tax, visa) however its other words fit', () => {
    for (const question of [
      'What is the personal income tax rate for expats?',
      'How do I renew my visa before it expires?',
      'Where can I get my driving licence converted?',
    ]) {
      const answer = answerer.ask(question);
      expect(answer.answered).toBe(false);
      expect(answer).toMatchObject({ decision: 'handoff', reason: 'out-of-scope' });
    }
  });
});
