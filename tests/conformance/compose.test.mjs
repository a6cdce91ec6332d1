// Validates docker-compose.yml the way CI can without a Docker engine: Debian's docker-compose (1.29) parses and
// interpolates it (`config -q`), then the resolved configuration is checked for what the README promises — a pinned
// Neo4j 5 with auth from NEO4J_PASSWORD, the Query API enabled, a data volume and a wget healthcheck; the API built from
// src/Throughline.Api/Dockerfile, waiting for Neo4j to be healthy, on port 5080 with THROUGHLINE_STORE=neo4j.
// The Dockerfile is checked for its stages and for COPY sources that exist in the repository.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hasCompose = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
const skip = hasCompose ? false : 'docker-compose is not installed (apt-get install docker-compose)';

function compose(args, env = {}) {
  const result = spawnSync('docker-compose', ['-f', join(repo, 'docker-compose.yml'), ...args], {
    cwd: repo, encoding: 'utf8', env: { ...process.env, NEO4J_PASSWORD: '', THROUGHLINE_API_KEY: '', ...env },
  });
  return result;
}

// docker-compose 1.x prints YAML only; it runs on python3 with PyYAML, which turns it into JSON here.
function resolved(env) {
  const config = compose(['config'], env);
  assert.equal(config.status, 0, config.stderr);
  const json = spawnSync('python3', ['-c', 'import sys, json, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))'],
    { input: config.stdout, encoding: 'utf8' });
  assert.equal(json.status, 0, json.stderr);
  return JSON.parse(json.stdout);
}

test('docker-compose.yml is valid for docker-compose config -q', { skip }, () => {
  const result = compose(['config', '-q']);
  assert.equal(result.status, 0, `docker-compose config -q failed:\n${result.stderr}`);
});

test('a broken compose file is rejected by the same check (so a pass means something)', { skip }, () => {
  const result = spawnSync('docker-compose', ['-f', '-', 'config', '-q'], { input: 'services:\n  api:\n    depends_on: 7\n', encoding: 'utf8', cwd: repo });
  assert.notEqual(result.status, 0);
});

test('Neo4j is a pinned 5.x community image with auth from NEO4J_PASSWORD, the Query API, a data volume and a wget healthcheck', { skip }, () => {
  const { services, volumes } = resolved({ NEO4J_PASSWORD: 'pass-from-env' });
  const neo4j = services.neo4j;
  assert.match(neo4j.image, /^neo4j:5\.\d+\.\d+-community$/);
  assert.equal(neo4j.environment.NEO4J_AUTH, 'neo4j/pass-from-env');
  assert.match(neo4j.environment.NEO4J_server_http__enabled__modules, /QUERY_API_ENDPOINTS/);
  assert.match(neo4j.environment.NEO4J_server_http__enabled__modules, /TRANSACTIONAL_ENDPOINTS/);
  assert.ok(neo4j.environment.NEO4J_server_memory_heap_max__size && neo4j.environment.NEO4J_server_memory_pagecache_size);
  assert.ok(neo4j.volumes.some((v) => (typeof v === 'string' ? v.split(':')[1] : v.target) === '/data'), JSON.stringify(neo4j.volumes));
  assert.ok(Object.keys(volumes).length > 0);
  assert.equal(neo4j.healthcheck.test[0], 'CMD');
  assert.equal(neo4j.healthcheck.test[1], 'wget');
});

test('without NEO4J_PASSWORD both services get the documented local default', { skip }, () => {
  const { services } = resolved({});
  assert.equal(services.neo4j.environment.NEO4J_AUTH, 'neo4j/throughline-local');
  assert.equal(services.api.environment.NEO4J_PASSWORD, 'throughline-local');
});

test('the API is built from its Dockerfile, waits for a healthy Neo4j and serves the Neo4j store on 5080', { skip }, () => {
  const { services } = resolved({ NEO4J_PASSWORD: 'pass-from-env' });
  const api = services.api;
  assert.equal(api.build.dockerfile, 'src/Throughline.Api/Dockerfile');
  assert.ok(existsSync(join(api.build.context, api.build.dockerfile)));
  assert.equal(api.depends_on.neo4j.condition, 'service_healthy');
  assert.equal(api.environment.THROUGHLINE_STORE, 'neo4j');
  assert.equal(api.environment.NEO4J_URI, 'http://neo4j:7474');
  assert.equal(api.environment.NEO4J_PASSWORD, 'pass-from-env');
  assert.match(api.environment.THROUGHLINE_URLS, /^http:\/\/0\.0\.0\.0:5080$/);
  assert.ok(api.ports.some((p) => String(typeof p === 'string' ? p : `${p.published}:${p.target}`).endsWith('5080:5080')));
});

test('the Dockerfile builds with the .NET 10 SDK, runs on the ASP.NET runtime and copies only paths that exist', () => {
  const dockerfile = readFileSync(join(repo, 'src/Throughline.Api/Dockerfile'), 'utf8');
  const stages = [...dockerfile.matchAll(/^FROM\s+(\S+)/gm)].map((m) => m[1]);
  assert.ok(stages.includes('mcr.microsoft.com/dotnet/sdk:10.0'), stages.join(', '));
  assert.equal(stages.at(-1), 'mcr.microsoft.com/dotnet/aspnet:10.0');
  const sources = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)$/gm)]
    .flatMap((m) => m[1].trim().split(/\s+/).slice(0, -1));
  assert.ok(sources.length > 5);
  const missing = sources.filter((s) => !existsSync(join(repo, s)));
  assert.deepEqual(missing, [], `COPY sources missing from the repository: ${missing.join(', ')}`);
  assert.match(dockerfile, /ENTRYPOINT \["dotnet", "Throughline\.Api\.dll"\]/);
});
