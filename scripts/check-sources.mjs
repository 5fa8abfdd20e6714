// `npm run check:sources` (part of `npm test`): the repository stands alone, so no tracked file
// cites the team's working folder `shared/…` (or `../shared/…`, `/work/shared/…`). Cite a URL or
// a file inside this repository instead (docs/sources.md, docs/scenario.md).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const SELF = 'scripts/check-sources.mjs';
// `shared/` as the start of a path: not inside another path such as `components/shared/`.
const CITATION = /(?:^|[^\w.@/-])(?:\.\.?\/|\/work\/)*shared\//;

const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const hits = [];
for (const file of files) {
  if (file === SELF) continue;
  let content;
  try {
    content = readFileSync(file);
  } catch {
    continue; // deleted in the work tree but still tracked
  }
  if (content.includes(0)) continue; // binary
  content
    .toString('utf8')
    .split('\n')
    .forEach((line, i) => {
      if (CITATION.test(line)) hits.push(`${file}:${i + 1}: ${line.trim().slice(0, 160)}`);
    });
}
if (hits.length) {
  console.error(
    `check:sources: ${hits.length} line(s) cite shared/ paths outside this repository:\n  ${hits.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(`check:sources: none of ${files.length} tracked files cites shared/.`);
