// npm run kb:check — validates content/ and prints one line per problem.
import { loadConfigOrExit } from '../config.ts';
import { formatProblem, loadContent } from '../kb/index.ts';

const contentDir = process.argv[2] ?? loadConfigOrExit().CONTENT_DIR;
const { kb, problems } = await loadContent(contentDir);
for (const problem of problems) console.log(formatProblem(problem));
if (kb) {
  console.log(
    `content OK: ${kb.procedures.length} procedures, ${kb.documents.length} documents, ${kb.agencies.length} agencies, ` +
      `${kb.holidays.length} holiday year(s), ${Object.keys(kb.synonyms.abbreviations).length} abbreviations (hash ${kb.hash})`,
  );
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
