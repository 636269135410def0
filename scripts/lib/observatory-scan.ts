/**
 * One Mozilla HTTP Observatory scan of host:port/path, printed as JSON. Run by
 * scripts/bench-observatory.ts in a process of its own, because Node reads
 * NODE_EXTRA_CA_CERTS (the local test CA) only when it starts.
 *
 * The package's CLI scans only ports 80/443 and the path "/"; its retriever
 * takes ports and a path, so this does what its scanner (src/scanner/index.js)
 * does with them: retrieve, run every test, grade with the package's own chart.
 *
 * Arguments: <observatory package folder> <hostname> <http port> <https port> <path>
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [pkg, hostname, httpPort, httpsPort, urlPath] = process.argv.slice(2);
if (!pkg || !hostname || !httpPort || !httpsPort || !urlPath) throw new Error('Aufruf: observatory-scan.ts <Paket> <Host> <HTTP-Port> <HTTPS-Port> <Pfad>');
const src = (file: string) => import(pathToFileURL(path.join(pkg, 'src', file)).href);

const { retrieve } = await src('retriever/retriever.js');
const { ALL_TESTS, NUM_TESTS } = await src('constants.js');
const { getGradeForScore, getScoreModifier } = await src('grader/grader.js');
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await src('grader/charts.js');

type Output = { result: string; pass: boolean; constructor: { name: string } };
const r = await retrieve(hostname, { httpPort: Number(httpPort), httpsPort: Number(httpsPort), path: urlPath });
if (!r.responses.auto) throw new Error(`${hostname}: keine Antwort`);

let withExtraCredit = 100;
let uncurved = 100;
const tests = (ALL_TESTS as ((r: unknown) => Output)[]).map((run) => {
  const out = run(r);
  const modifier: number = getScoreModifier(out.result);
  withExtraCredit += modifier;
  if (modifier < 0) uncurved += modifier;
  return { name: (out.constructor as unknown as { name: string }).name, pass: out.pass, result: out.result, modifier };
});
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
console.log(
  JSON.stringify({
    url: r.session?.url?.href,
    status: r.responses.auto.status,
    grade,
    score,
    testsPassed: tests.filter((t) => t.pass).length,
    testsQuantity: NUM_TESTS,
    tests,
  }),
);
