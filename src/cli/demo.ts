/**
 * `npm run demo`: serves the bundled demo site, its two competitors and the directory pages on
 * 127.0.0.1, writes the demo config with those addresses filled in, and runs
 * `refaudit audit --config <that config>` with any extra arguments given.
 *
 * Fixed ports are tried first so that the history kept in .refaudit-demo/ compares like with like
 * from one run to the next (step 8); when a port is taken a free one is used, and the diff then
 * sees every URL as new.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDirectory } from '../serve/static-server.js';
import { main } from './main.js';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const FIXTURES = join(ROOT, 'fixtures');
const DEMO_PORT = 47801;

type Server = Awaited<ReturnType<typeof serveDirectory>>;

async function serveAt(dir: string, port: number): Promise<Server> {
  try {
    return await serveDirectory(dir, { port });
  } catch {
    return serveDirectory(dir, { port: 0 });
  }
}

export interface DemoSetup {
  configFile: string;
  siteUrl: string;
  close(): Promise<void>;
}

/** Starts the demo servers and writes the config; used by the demo command and the end-to-end tests. */
export async function startDemo(opts: { siteDir?: string; basePort?: number } = {}): Promise<DemoSetup> {
  const base = opts.basePort ?? DEMO_PORT;
  const servers: Server[] = [];
  const site = await serveAt(opts.siteDir ?? join(FIXTURES, 'demo-site'), base);
  servers.push(site);
  const config = JSON.parse(readFileSync(join(FIXTURES, 'demo', 'refaudit.config.json'), 'utf8')) as Record<string, unknown>;

  let port = base + 1;
  const competitors: string[] = [];
  for (const c of (config.competitors as string[] | undefined) ?? []) {
    const name = c.replace(/^fixture:/, '');
    const s = await serveAt(join(FIXTURES, 'demo-competitors', name), port++);
    servers.push(s);
    competitors.push(s.url);
  }
  const work = mkdtempSync(join(tmpdir(), 'refaudit-demo-'));
  // The directory pages link to the demo site, whose address is known only now.
  const dirCopy = join(work, 'directories');
  mkdirSync(dirCopy);
  for (const f of readdirSync(join(FIXTURES, 'demo-directories'))) {
    writeFileSync(join(dirCopy, f), readFileSync(join(FIXTURES, 'demo-directories', f), 'utf8').replaceAll('__SITE__', site.url));
  }
  const dirServer = await serveAt(dirCopy, port++);
  servers.push(dirServer);
  const served = (u: string) => u.replace(/^fixture:\/?/, dirServer.url.replace(/\/?$/, '/'));
  const directories = ((config.directories as { url: string; otherUrls?: string[] }[] | undefined) ?? []).map((d) => ({
    ...d,
    url: served(d.url),
    ...(d.otherUrls ? { otherUrls: d.otherUrls.map(served) } : {}),
  }));

  const resolveData = (p: unknown) => (typeof p === 'string' ? join(FIXTURES, 'demo', p) : p);
  const rankings = (config.rankings ?? {}) as { files?: string[] };
  const filled = {
    ...config,
    site: site.url,
    competitors,
    directories,
    rankings: { ...rankings, files: (rankings.files ?? []).map(resolveData) },
    queries: ((config.queries as string[] | undefined) ?? []).map(resolveData),
    ...(config.keywordsFile ? { keywordsFile: resolveData(config.keywordsFile) } : {}),
  };
  const configFile = join(work, 'refaudit.config.json');
  writeFileSync(configFile, JSON.stringify(filled, null, 2));
  return {
    configFile,
    siteUrl: site.url,
    async close() {
      await Promise.all(servers.map((s) => s.close()));
      rmSync(work, { recursive: true, force: true });
    },
  };
}

async function runDemo(): Promise<number> {
  const demo = await startDemo();
  try {
    const extra = process.argv.slice(2);
    const hasHistory = extra.some((a) => a === '--history' || a === '--no-history' || a.startsWith('--history='));
    const history = hasHistory ? [] : ['--history', join(process.cwd(), '.refaudit-demo')];
    return await main(['node', 'refaudit', 'audit', '--config', demo.configFile, ...history, ...extra]);
  } finally {
    await demo.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDemo().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`refaudit demo: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
