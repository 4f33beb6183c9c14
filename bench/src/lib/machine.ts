import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { resolve } from 'node:path';
import { BENCH_ROOT, REPO_ROOT } from './paths.ts';

/** The version of an installed package, looked up from `from` as Node would resolve it. */
function installedVersion(name: string, from: string): string | null {
  for (let dir = from; ; dir = resolve(dir, '..')) {
    const file = resolve(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    if (dir === resolve(dir, '..')) return null;
  }
}

function gitCommit(): string | null {
  try {
    // Read-only: which commit was measured (plus whether the tree had local changes).
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head}+local changes` : head;
  } catch {
    return null;
  }
}

/** What a result was measured on: enough to tell two results apart and to reproduce one. */
export function machineInfo() {
  const cpu = cpus();
  return {
    cpuModel: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    commit: gitCommit(),
    packages: {
      '@graphql-hive/router-runtime (hub)': installedVersion('@graphql-hive/router-runtime', resolve(REPO_ROOT, 'gateway')),
      '@graphql-hive/router-query-planner (hub)': installedVersion('@graphql-hive/router-query-planner', resolve(REPO_ROOT, 'gateway')),
      '@apollo/server (hub)': installedVersion('@apollo/server', resolve(REPO_ROOT, 'gateway')),
      'graphql (hub)': installedVersion('graphql', resolve(REPO_ROOT, 'gateway')),
      '@apollo/gateway (peer)': installedVersion('@apollo/gateway', BENCH_ROOT),
      '@apollo/server (peer)': installedVersion('@apollo/server', BENCH_ROOT),
      '@graphql-hive/gateway (peer)': installedVersion('@graphql-hive/gateway', BENCH_ROOT),
      '@graphql-hive/router-runtime (peer)': installedVersion('@graphql-hive/router-runtime', BENCH_ROOT),
      '@graphql-hive/gateway-runtime (peer)': installedVersion('@graphql-hive/gateway-runtime', resolve(BENCH_ROOT, 'node_modules/@graphql-hive/gateway')),
      autocannon: installedVersion('autocannon', BENCH_ROOT),
      undici: installedVersion('undici', resolve(REPO_ROOT, 'gateway')),
      tsx: installedVersion('tsx', REPO_ROOT),
    },
  };
}
