/**
 * Runs after `npm install` (the root `postinstall`): adds lockfile entries for
 * optional platform packages (macOS/Windows/… builds of Pagefind and of
 * Astro's compiler) that this machine's npm registry does not serve in the
 * required version. npm then leaves them out of package-lock.json, and `npm ci`
 * refuses the lockfile as "Missing: … from lock file". The entries carry only
 * version, os, cpu and libc – exactly what npm needs to skip them on Linux, and
 * what it would have written with the full registry.
 * Plain JavaScript: it may run under the system's older Node.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
/** @type {Record<string, Record<string, unknown>>} */
const packages = lock.packages;

/** os/cpu/libc from a platform package's name: "…-darwin-arm64", "…-linux-arm64-gnu", "…-wasm32-wasi". */
/** @returns {Record<string, string[]> | undefined} */
function platformOf(/** @type {string} */ name) {
  const m = /[-/](android|darwin|freebsd|linux|win32|windows|wasm32)-?(arm64|x64|ia32|arm|wasi)?(?:-(gnu|musl|msvc))?$/.exec(name);
  if (!m) return undefined;
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  /** @type {Record<string, string[]>} */
  const p = { os: [os === 'windows' ? 'win32' : os], cpu: [cpu] };
  if (abi === 'gnu' || abi === 'musl') p.libc = [abi === 'gnu' ? 'glibc' : 'musl'];
  return p;
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  const optional = /** @type {Record<string, string> | undefined} */ (entry.optionalDependencies);
  if (!optional || path === '') continue;
  for (const [name, range] of Object.entries(optional)) {
    const key = `node_modules/${name}`;
    const platform = platformOf(name);
    if (packages[key] || !platform || !/^\d+\.\d+\.\d+$/.test(range)) continue;
    packages[key] = { version: range, ...platform, dev: entry.dev, optional: true };
    added++;
  }
}

if (added > 0) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: ${added} Plattform-Pakete ergänzt (für npm ci).`);
}
