/**
 * `npm run bench:inhalt`: the content gate's wall time against the plain
 * build's, in one run on this machine: first `npm run build`, then
 * `npm run test:inhalt` (which checks, builds again and runs the tests over
 * the live content). Prints both times and the ratio; the goal is a gate
 * within 6× the build. Run it on a quiet machine: it times the whole machine.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '../..');
const wall = (script: string) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${script} ist fehlgeschlagen:\n${r.stdout}\n${r.stderr}`);
    process.exit(1);
  }
  return (performance.now() - t) / 1000;
};
const s = (x: number) => `${x.toFixed(1)} s`;
const load = () => loadavg()[0]!.toFixed(1);

const loadBefore = load();
const build = wall('scripts/build.ts');
const gate = wall('scripts/inhalt.ts');
console.log(`Build (npm run build):            ${s(build)}`);
console.log(`Inhalts-Check (npm run test:inhalt): ${s(gate)}`);
console.log(`Verhältnis: ${(gate / build).toFixed(1)}× (Ziel: höchstens 6×); Last vorher/nachher: ${loadBefore}/${load()}`);
