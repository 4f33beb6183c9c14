import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The environment of a build as a developer runs it. Vitest marks its process as a test run
 * (NODE_ENV=test, VITEST=true); inherited by `vite build`, those give development bundles and
 * make the federation plugin skip remoteEntry.js and the manifest.
 */
function productionEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  return { ...env, NODE_ENV: 'production' };
}

/**
 * A production build (`vite build`, the package's own build script) of one frontend into `outDir`,
 * with `env` for its build-time settings (the admin remote's public URL).
 */
export function buildFrontend(name: string, outDir: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', 'build', '-w', `@jiguan/${name}`, '--', '--outDir', outDir, '--emptyOutDir'], {
      cwd: repoRoot,
      env: { ...productionEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`building ${name} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}
