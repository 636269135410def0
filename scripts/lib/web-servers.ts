/**
 * Debian's nginx and Apache with the shipped configurations (deploy/) over a
 * built site, as the city's server will run them: own config, prefix, pid and
 * log files in a temporary folder, loopback only, never a system service.
 * Used by `npm run serve:nginx` / `serve:apache`, the deploy tests and
 * `npm run bench:observatory`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../..');
export const DEPLOY = path.join(ROOT, 'deploy');
export const BASE = '/partnerstaedte/';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const APACHE = process.env.APACHE_PATH ?? '/usr/sbin/apache2';
/** Debian's brotli filter module (package libnginx-mod-http-brotli-filter). */
const NGINX_BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';
const APACHE_MODULES = '/usr/lib/apache2/modules';

export interface WebServer {
  name: 'nginx' | 'apache';
  /** http://127.0.0.1:port */
  origin: string;
  /** URL of a path under the base: url('suche/') */
  url: (p?: string) => string;
  /** https origin when started with TLS */
  httpsOrigin?: string | undefined;
  pid: number;
  /** Whether the server compresses with brotli (module present and loaded). */
  brotli: boolean;
  /** The temporary folder with config, logs and pid file. */
  dir: string;
  /** Text of the server's error log. */
  errors: () => string;
  close: () => Promise<void>;
}

export interface Options {
  /** The built site (default dist/). */
  dist?: string;
  /** Port for http (default: a free one). */
  port?: number;
  /** Also serve https on `httpsPort` with this certificate; http then redirects to https. */
  tls?: { cert: string; key: string; httpsPort?: number };
  /** Load the brotli module (default: where it is installed); false serves as a host without it. */
  brotli?: boolean;
  /** Extra files placed next to the site's files (tests: a dotfile, a .wasm), path → content. */
  extraFiles?: Record<string, string | Uint8Array>;
  /** Keep the server's output on this terminal (npm run serve:*). */
  inheritOutput?: boolean;
}

const isRoot = () => process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1 (the servers cannot report a port chosen by the system). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function needs(binary: string, pkg: string): void {
  if (!existsSync(binary)) {
    throw new Error(`${binary} fehlt: "apt-get install ${pkg}" (scripts/ensure-system.sh installiert es als root).`);
  }
}

function tempDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `partnerstaedte-${name}-`));
  // The worker processes run as nobody when started as root: they must reach the site.
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * A copy of `from` at `to` that the servers' workers can read wherever the
 * project lives: as root they run as nobody, who may not enter a checkout in a
 * folder of mode 700 (`mktemp -d`, many home folders). Folders are made
 * readable for all; a file is hard-linked when everyone may read it already
 * (and the link stays on one file system), copied with mode 644 otherwise.
 * dist/ itself stays untouched.
 */
function readableCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  chmodSync(to, 0o755);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dest = path.join(to, entry.name);
    if (entry.isDirectory()) {
      readableCopy(src, dest);
      continue;
    }
    const worldReadable = (statSync(src).mode & 0o004) !== 0;
    try {
      if (!worldReadable) throw new Error('not readable for the workers');
      linkSync(src, dest);
    } catch {
      copyFileSync(src, dest);
      chmodSync(dest, 0o644);
    }
  }
}

/**
 * <root>/partnerstaedte/ as on the city's server: a readable copy of the site
 * (see readableCopy), plus `extra` files.
 */
function siteFolder(root: string, dist: string, extra: Options['extraFiles'] = {}): string {
  const site = path.join(root, 'partnerstaedte');
  chmodSync(path.dirname(root), 0o755);
  readableCopy(dist, site);
  chmodSync(root, 0o755);
  for (const [file, content] of Object.entries(extra)) {
    // Never write through a hard link into dist/.
    if (existsSync(path.join(dist, file))) throw new Error(`${file}: gibt es in ${dist} schon`);
    const folder = path.dirname(path.join(site, file));
    mkdirSync(folder, { recursive: true });
    chmodSync(folder, 0o755);
    writeFileSync(path.join(site, file), content, { mode: 0o644 });
  }
  return site;
}

/** Waits until `url` answers, the process exits (error) or 10 s pass. */
async function ready(child: ChildProcess, origin: string, log: () => string): Promise<void> {
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Server beendet (Code ${code}):\n${log()}`))),
  );
  const poll = (async () => {
    for (let i = 0; i < 200; i++) {
      try {
        await fetch(origin, { redirect: 'manual', signal: AbortSignal.timeout(1000) });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error(`Server antwortet nicht auf ${origin}:\n${log()}`);
  })();
  await Promise.race([poll, exited]);
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Debian's nginx with deploy/nginx over `dist`, in the foreground. */
export async function startNginx(options: Options = {}): Promise<WebServer> {
  needs(NGINX, 'nginx');
  const dist = path.resolve(options.dist ?? path.join(ROOT, 'dist'));
  const port = options.port ?? (await freePort());
  const dir = tempDir('nginx');
  const brotli = options.brotli !== false && existsSync(NGINX_BROTLI);
  siteFolder(path.join(dir, 'www'), dist, options.extraFiles);
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(dir, 'tmp', t), { recursive: true });
  // The city's /etc/nginx layout: conf.d/, snippets/, mime.types next to nginx.conf.
  cpSync(path.join(DEPLOY, 'nginx'), dir, {
    recursive: true,
    filter: (src) => brotli || !path.basename(src).includes('brotli'),
  });
  cpSync('/etc/nginx/mime.types', path.join(dir, 'mime.types'));

  const tls = options.tls;
  const httpsPort = tls ? (tls.httpsPort ?? (await freePort())) : undefined;
  const site = (listen: string) => `
    server {
      listen ${listen};
      server_name localhost;
      root ${dir}/www;
      include snippets/partnerstaedte.conf;
    }`;
  const conf = `# Generated by scripts/lib/web-servers.ts for a local test; not for the city.
${isRoot() ? 'user nobody nogroup;' : ''}
daemon off;
master_process on;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${brotli ? `load_module ${NGINX_BROTLI};` : ''}
events { worker_connections 256; }
http {
  include mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  sendfile on;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  include conf.d/*.conf;
  ${
    tls
      ? `server {
      listen 127.0.0.1:${port};
      server_name localhost;
      return 301 https://$host:${httpsPort}$request_uri;
    }
    ${site(`127.0.0.1:${httpsPort} ssl`).replace('server_name localhost;', `server_name localhost;\n      ssl_certificate ${tls.cert};\n      ssl_certificate_key ${tls.key};`)}`
      : site(`127.0.0.1:${port}`)
  }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const child = spawn(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: options.inheritOutput ? 'inherit' : 'ignore',
  });
  const errors = () => readLog(path.join(dir, 'error.log'));
  const origin = `http://127.0.0.1:${port}`;
  await ready(child, `${origin}${BASE}`, errors).catch((e) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  return {
    name: 'nginx',
    origin,
    url: (p = '') => `${origin}${BASE}${p}`,
    httpsOrigin: tls ? `https://localhost:${httpsPort}` : undefined,
    pid: child.pid!,
    brotli,
    dir,
    errors,
    close: async () => {
      await stop(child, 'SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Apache modules the shipped .htaccess needs (Debian enables headers and brotli with a2enmod). */
const APACHE_LOAD = ['mpm_event', 'authz_core', 'alias', 'dir', 'mime', 'autoindex', 'filter', 'deflate', 'headers'];

/** Debian's Apache 2.4 with deploy/apache over `dist`, in the foreground. */
export async function startApache(options: Options = {}): Promise<WebServer> {
  needs(APACHE, 'apache2');
  const dist = path.resolve(options.dist ?? path.join(ROOT, 'dist'));
  const port = options.port ?? (await freePort());
  const dir = tempDir('apache');
  const brotli = options.brotli !== false && existsSync(path.join(APACHE_MODULES, 'mod_brotli.so'));
  // <DocumentRoot>/partnerstaedte/ holds the site and the shipped .htaccess.
  const site = siteFolder(path.join(dir, 'www'), dist, options.extraFiles);
  // A fresh file (never through a hard link into dist/).
  rmSync(path.join(site, '.htaccess'), { force: true });
  cpSync(path.join(DEPLOY, 'apache', '.htaccess'), path.join(site, '.htaccess'));
  chmodSync(path.join(site, '.htaccess'), 0o644);
  mkdirSync(path.join(dir, 'run'));
  const modules = [...APACHE_LOAD, ...(brotli ? ['brotli'] : [])];
  const conf = `# Generated by scripts/lib/web-servers.ts for a local test; not for the city.
ServerRoot "${dir}"
DefaultRuntimeDir "${dir}/run"
PidFile "${dir}/apache.pid"
Mutex file:${dir}/run default
Listen 127.0.0.1:${port}
${modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n')}
${isRoot() ? 'User nobody\nGroup nogroup' : ''}
ServerName localhost
ErrorLog "${dir}/error.log"
LogLevel warn
LogFormat "%h %t \\"%r\\" %>s %b" common
CustomLog "${dir}/access.log" common
TypesConfig /etc/mime.types
StartServers 1
ServerLimit 1
ThreadsPerChild 25
MaxRequestWorkers 25
MinSpareThreads 5
MaxSpareThreads 25
DocumentRoot "${dir}/www"
<Directory />
  AllowOverride None
  Require all denied
</Directory>
# Listings on and symlinks followed for the whole root, as on a careless host:
# the shipped .htaccess must switch listings off itself.
<Directory "${dir}/www">
  Options Indexes FollowSymLinks
  AllowOverride FileInfo Indexes Options=Indexes
  Require all granted
</Directory>
Include "${DEPLOY}/apache/partnerstaedte-server.conf"
`;
  writeFileSync(path.join(dir, 'apache2.conf'), conf);
  const child = spawn(APACHE, ['-d', dir, '-f', path.join(dir, 'apache2.conf'), '-DFOREGROUND'], {
    stdio: options.inheritOutput ? 'inherit' : ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const errors = () => stderr + readLog(path.join(dir, 'error.log'));
  const origin = `http://127.0.0.1:${port}`;
  await ready(child, `${origin}${BASE}`, errors).catch((e) => {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  });
  return {
    name: 'apache',
    origin,
    url: (p = '') => `${origin}${BASE}${p}`,
    pid: child.pid!,
    brotli,
    dir,
    errors,
    close: async () => {
      // SIGWINCH is Apache's graceful stop; SIGTERM stops at once.
      await stop(child, 'SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
