import { openKnowledge } from '/work/main/src/kb/index.ts';
import { analyzeQuery } from '/work/main/src/kb/analyze-query.ts';
import { decide } from '/work/main/src/kb/decide.ts';
import { fold } from '/work/main/src/kb/normalize.ts';
const a = await openKnowledge('/work/main/content', { baseUrl: 'http://x' });
for (const q of process.argv.slice(2)) {
  const qa = analyzeQuery(q, a.lexicon);
  const d = decide([a.index], qa, a.lexicon.outOfScope(fold(q)));
  console.log(q, '→', d.decision, d.reason);
  for (const c of d.candidates.slice(0, 5)) console.log('  ', c.id, JSON.stringify(c));
}
