/**
 * `npm run bench:observatory`: the Mozilla HTTP Observatory grade of the nginx
 * configuration (deploy/nginx) for the start page and the search page.
 *
 * Offline and honest: Debian's nginx serves the built site over TLS with a
 * certificate from a throwaway CA made by openssl (trusted through
 * NODE_EXTRA_CA_CERTS), and plain HTTP redirects to HTTPS as on the city's
 * server, so HSTS and the redirection are scored like on the real host.
 * The scanner (npm @mdn/mdn-http-observatory, pinned in scripts/observatory/)
 * is installed on first use into node_modules/.observatory with
 * --ignore-scripts (its install scripts download lists from the internet);
 * its HSTS preload list is left empty: www.dueren.de is not preloaded.
 * Builds nothing: run `npm run build` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, startNginx } from './lib/web-servers.ts';

const PAGES = ['', 'suche/'];
const PINNED = path.join(ROOT, 'scripts', 'observatory');
const INSTALL = path.join(ROOT, 'node_modules', '.observatory');
const PKG = path.join(INSTALL, 'node_modules', '@mdn', 'mdn-http-observatory');

/** Installs the pinned scanner without its install scripts (again when the pin changed). */
function ensureObservatory(): void {
  const lock = path.join(PINNED, 'package-lock.json');
  const installedLock = path.join(INSTALL, 'package-lock.json');
  if (!existsSync(PKG) || !existsSync(installedLock) || readFileSync(lock, 'utf8') !== readFileSync(installedLock, 'utf8')) {
    console.log('Installiere @mdn/mdn-http-observatory (ohne Installationsskripte) …');
    mkdirSync(INSTALL, { recursive: true });
    cpSync(path.join(PINNED, 'package.json'), path.join(INSTALL, 'package.json'));
    cpSync(lock, installedLock);
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: INSTALL, stdio: 'inherit' });
  }
  const preload = path.join(PKG, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
}

/** A CA and a certificate for localhost / 127.0.0.1 signed by it, valid for two days. */
function makeCertificates(dir: string): { ca: string; cert: string; key: string } {
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl('req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Partnerstaedte Test-CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  openssl('req', ...ec, '-keyout', f('server.key'), '-out', f('server.csr'), '-subj', '/CN=localhost');
  writeFileSync(f('ext.cnf'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n');
  openssl('x509', '-req', '-in', f('server.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('server.pem'), '-days', '2', '-extfile', f('ext.cnf'));
  return { ca: f('ca.pem'), cert: f('server.pem'), key: f('server.key') };
}

interface Scan {
  url: string;
  grade: string;
  score: number;
  testsPassed: number;
  testsQuantity: number;
  tests: { name: string; pass: boolean; result: string; modifier: number }[];
}

ensureObservatory();
const certs = mkdtempSync(path.join(tmpdir(), 'partnerstaedte-tls-'));
const { ca, cert, key } = makeCertificates(certs);
const server = await startNginx({ tls: { cert, key } });
const httpPort = new URL(server.origin).port;
const httpsPort = new URL(server.httpsOrigin!).port;
let failed = false;
try {
  console.log(`Mozilla HTTP Observatory (@mdn/mdn-http-observatory ${JSON.parse(readFileSync(path.join(PKG, 'package.json'), 'utf8')).version}) gegen nginx mit deploy/nginx, http://localhost:${httpPort} → https://localhost:${httpsPort}\n`);
  for (const p of PAGES) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'lib', 'observatory-scan.ts'), PKG, 'localhost', httpPort, httpsPort, `/partnerstaedte/${p}`], {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: ca },
    });
    if (run.status !== 0) throw new Error(`Scan von /partnerstaedte/${p} fehlgeschlagen:\n${run.stderr}${run.stdout}`);
    const scan = JSON.parse(run.stdout) as Scan;
    console.log(`/partnerstaedte/${p}  Note ${scan.grade}  Punkte ${scan.score}  (${scan.testsPassed}/${scan.testsQuantity} Tests bestanden)`);
    for (const t of scan.tests) console.log(`  ${t.pass ? '✓' : '✗'} ${t.name.padEnd(30)} ${String(t.modifier).padStart(3)}  ${t.result}`);
    console.log('');
    if (scan.grade !== 'A+') failed = true;
  }
} finally {
  await server.close();
  rmSync(certs, { recursive: true, force: true });
}
if (failed) {
  console.error('Ziel verfehlt: Note A+.');
  process.exitCode = 1;
}
