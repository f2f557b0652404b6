// npm run kb:check — validates content/ and prints one line per problem.
import { loadConfigOrExit } from '../config.ts';
import { formatProblem, loadContent, sourceConcern } from '../kb/index.ts';

const contentDir = process.argv[2] ?? loadConfigOrExit().CONTENT_DIR;
const { kb, problems } = await loadContent(contentDir);
for (const problem of problems) console.log(formatProblem(problem));
if (kb) {
  console.log(
    `content OK: ${kb.procedures.length} procedures, ${kb.documents.length} documents, ${kb.agencies.length} agencies, ` +
      `${kb.holidays.length} holiday year(s), ${Object.keys(kb.synonyms.abbreviations).length} abbreviations (hash ${kb.hash})`,
  );
  // Warnings, not failures: a source to look at again (a bare IP, a shop's or an agent's page).
  const cited = [
    ...kb.procedures.map((procedure) => ({ name: `procedures/${procedure.ref}`, urls: procedure.sources })),
    ...kb.documents.map((doc) => ({ name: `documents/${doc.id}`, urls: [doc.url] })),
  ];
  let concerns = 0;
  for (const { name, urls } of cited)
    for (const url of urls) {
      const concern = sourceConcern(url);
      if (concern) {
        concerns++;
        console.log(`warning: ${name}: source ${url}: ${concern}`);
      }
    }
  if (concerns > 0) console.log(`${concerns} source(s) to review (warnings: the content still loads)`);
  // Not a problem (a provisional list is better than none), but the editor should know it is pending.
  for (const year of kb.holidays.filter((candidate) => candidate.provisional)) {
    console.log(
      `holidays/${year.year}.yaml: provisional: true (statutory days only; an admin confirms it in the inbox once the Government's decision is published)`,
    );
  }
} else {
  console.log(`${problems.length} problem(s) in ${contentDir}`);
  process.exitCode = 1;
}
