// Starts the built Throughline API (dotnet <dll>) on a free loopback port with a temporary database, for the
// api-*.test.mjs conformance tests. CI builds Release first; a local Debug build is used when Release is absent.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function apiDll() {
  for (const configuration of ['Release', 'Debug']) {
    const dll = join(repoRoot, 'src', 'Throughline.Api', 'bin', configuration, 'net10.0', 'Throughline.Api.dll');
    if (existsSync(dll)) return dll;
  }
  throw new Error('Throughline.Api.dll is not built: run `dotnet build -c Release Throughline.slnx` first.');
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts the API; resolves to { url, stop() } once GET /health answers 200. */
export async function startApi(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'throughline-api-conformance-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [apiDll()], {
    cwd: repoRoot,
    env: {
      ...process.env,
      THROUGHLINE_DB: join(dataDir, 'throughline.db'),
      THROUGHLINE_URLS: url,
      Throughline__RateLimit__PermitLimit: '0',
      Logging__LogLevel__Default: 'Warning',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolveExit) => child.on('exit', (code) => resolveExit(code)));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The API did not answer /health within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100)); // polling interval while waiting for readiness
  }

  return {
    url,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
