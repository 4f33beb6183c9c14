import { fileURLToPath } from 'node:url';

/** A stub that exits 1, in place of the engine binaries Prisma would otherwise download. */
export const prismaEngineStub = fileURLToPath(new URL('../bin/prisma-engine-unavailable.sh', import.meta.url));

/**
 * Environment for running a Prisma CLI (7 or 6) without network: engine paths point at the stub so
 * nothing is downloaded, and the update check and telemetry are off.
 */
export function offlinePrismaEnv(): Record<string, string> {
  return {
    PRISMA_SCHEMA_ENGINE_BINARY: prismaEngineStub,
    PRISMA_QUERY_ENGINE_LIBRARY: prismaEngineStub,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  };
}
