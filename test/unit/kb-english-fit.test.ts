import { beforeAll, describe, expect, it } from 'vitest';
import { clearEnglishLead, THRESHOLDS, type Candidate } from '../../src/kb/decide.ts';
import { openKnowledge, type Answerer } from '../../src/kb/index.ts';
import { englishConcepts } from '../../src/kb/index-fields.ts';
import { analyzeQuery } from '../../src/kb/analyze-query.ts';

const candidate = (id: string, englishFit: number, relevance: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  kind: 'procedure',
  relevance,
  nameCoverage: 0,
  queryCoverage: 0,
  bigramCoverage: 0,
  nameMatched: 0,
  namedPairs: [],
  contrastsSaid: [],
  unaskedVariant: false,
  askedVariant: false,
  unsaid: [],
  exampleMatch: 0,
  nameUnsaid: Infinity,
  contradicted: false,
  englishFit,
  englishNameCoverage: 0,
  englishSaid: [],
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
  it('reads a permit the person already holds as their situation, not what they ask for', () => {
    // "who hold work permits" names whom the insurance is for: the question is the insurance.
    const held = answerer.ask(
      'We need to register compulsory social insurance for our foreign staff who hold work permits. What is the contribution rate?',
    );
    expect(held).toMatchObject({ answered: false, decision: 'handoff', reason: 'out-of-scope' });
    const query = (text: string) => analyzeQuery(text, answerer.lexicon);
    expect(query('I already have a work permit. Do I need a visa?').situationPairs).toContain('work_permit');
    expect(query('Our engineers have work permits and their families will join them.').situationPairs).toContain(
      'work_permit',
    );
    // One to have, or one whose state is the news, is what is asked about.
    for (const text of [
      'Do I have to have a work permit to work here?',
      'Our engineers have work permits expiring next month.',
      'I have lost my work permit.',
    ])
      expect(query(text).situationPairs, text).not.toContain('work_permit');
  });
});

describe('English read as concepts (a synonym group, or a word outside every group)', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = await openKnowledge('content', { baseUrl: 'http://localhost:3000' });
  });
  const concepts = (text: string) => englishConcepts(text, answerer.lexicon).sort();
  it('are the same whatever the order and the wording of one thing', () => {
    expect(concepts('Issuing a liquor retail licence')).toEqual(concepts('a retail licence for wine'));
  });
  it('leave out a name’s parenthesis, function words, and a concept that is part of a larger one', () => {
    expect(concepts('Explaining the need (or a change in the need) to employ foreign workers')).not.toContain('chang');
    const permit = concepts('Issuing a work permit to a foreign employee');
    expect(permit).toContain('giay_phep_lao_dong');
    expect(permit).not.toContain('giay_phep');
    expect(permit).not.toContain('to');
  });
  it('answer an English question that says an English name in its own order', () => {
    expect(answerer.ask('Which licence does a shop selling wine and spirits need?')).toMatchObject({
      answered: true,
      ref: 'P16',
    });
  });
  it('weigh a concept few names say above one many say (a prize draw above notifying)', () => {
    expect(
      answerer.ask('We’re running a prize draw at our stores in Hue. Do we register it or just notify?'),
    ).toMatchObject({ answered: true, ref: 'P31' });
  });
  it('do not take a part of a larger concept as said (exempt from a work permit asks for no work permit)', () => {
    expect(
      answerer.ask('Is there a certificate confirming an expat is exempt from a work permit? Where do we ask for it?'),
    ).toMatchObject({ answered: true, ref: 'P02' });
  });
  it('keep the bot from answering with one entry when the question says a concept only a close other’s names have', () => {
    // The work permit applied for after is a later step: the explanation is what is asked.
    const answer = answerer.ask(
      'Must we still file the explanation of demand for foreign labour before applying for a work permit?',
    );
    expect(answer).toMatchObject({ answered: true, ref: 'P06' });
  });
  it('reach the names through everyday English (synonyms)', () => {
    for (const [question, ref] of [
      ['How do we register our company’s labour rules?', 'P07'],
      ['Do we need to register pressure equipment with the labour department?', 'P13'],
      ['I want to open a bottle shop, what licence do I need?', 'P16'],
      // Updating a licence one holds is amending it, not asking for it anew.
      [
        'Our shop already holds a tobacco retail licence and we are moving to a new address next month. Do we need to update the licence?',
        'P22',
      ],
      ['Which licence do we need to organise an expo in Can Tho?', 'P34'],
      ['Do I need to report my job search every month while on unemployment benefit?', 'P11'],
      ['My unemployment payments are in Hanoi but I’m moving back to Hue. How do I transfer them?', 'P09'],
      ['is a foreigner married to a vietnamese exempt from the work permit? how to get the certificate', 'P02'],
      ['licence to sell alcohol in a shop', 'P16'],
      ['Our engineer’s work permit runs out in June and he is staying two more years. What do we do?', 'P04'],
      ['We sell directly to consumers through our own website. Must we notify anyone?', 'P36'],
      ['Our parent company wants a rep office in Hanoi. What papers and what fee?', 'P38'],
    ] as const)
      expect(answerer.ask(question)).toMatchObject({ answered: true, ref });
  });
  it('give a variant (re-issue, amend) the question does not ask for no lift from its English name', () => {
    expect(answerer.ask('We need to change the address on our tobacco wholesale licence')).toMatchObject({
      answered: true,
      ref: 'P24',
    });
    expect(answerer.ask('Can we add a new district to our tobacco wholesale licence?').ref).not.toBe('P23');
  });
  it('take a name listing several actions ("issuing, reissuing, extending …") as asked by any one of them', () => {
    expect(answerer.ask('Our labour leasing licence expires next month, how to renew it?')).toMatchObject({
      answered: true,
      ref: 'P15',
    });
  });
  it('take asking to change or extend something as saying an English name’s “changes”', () => {
    expect(answerer.ask('We already notified a discount campaign but now want to extend it by a week')).toMatchObject({
      answered: true,
      ref: 'P33',
    });
  });
  it('tell making liquor from selling it in a shop (production is no retail licence)', () => {
    expect(answerer.ask('Do we need a licence to make rice wine at home to sell at the market?').ref).not.toBe('P16');
  });
  it('answer rather than ask to confirm one candidate whose English name an English question says well', () => {
    expect(answerer.ask('how long does it take to get a WP for a foreign teacher')).toMatchObject({
      decision: 'answer',
      ref: 'P01',
    });
    expect(THRESHOLDS.englishConfirm).toBeGreaterThan(0);
  });
  it('count a name’s words outside every synonym group only against it, and match no name of one group in English', () => {
    for (const question of [
      'How do I register a new limited liability company in Ho Chi Minh City?',
      'I’m leaving Vietnam permanently. Can I withdraw my social insurance contributions as a lump sum?',
    ])
      expect(answerer.ask(question).answered).toBe(false);
  });
  it('tell selling for drinking on the spot from wholesale and from supplying bars', () => {
    for (const question of [
      'We want to sell wine wholesale to shops in the province. Which licence?',
      'we import spirits and supply them to bars and restaurants - which licence',
    ])
      expect(answerer.ask(question).ref).not.toBe('P18');
  });
  it('hand off a follow-up on one’s own filing made a while ago', () => {
    expect(answerer.ask('My work permit application is two weeks late, please find out what happened')).toMatchObject({
      decision: 'handoff',
      reason: 'personal-case',
    });
    expect(
      answerer.ask('We submitted the work permit application two weeks ago and have heard nothing yet'),
    ).toMatchObject({ decision: 'handoff', reason: 'personal-case' });
  });
});
