import { createRequire } from 'node:module';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The composed graph every frontend's operations are typed from and checked against. */
const supergraph = createRequire(import.meta.url).resolve('@jiguan/shared-schema/supergraph.graphql');

/** Where a frontend's generated operation types go (ignored by git, written by its `generate` script). */
export const generatedDir = 'src/generated/';

/**
 * The GraphQL Code Generator config of a frontend package (its `codegen.ts`): the client preset over
 * the operations written with `graphql(…)` in its `src/**\/*.ts`, typed from the supergraph. Codegen
 * fails on an operation the schema does not allow, so a schema change that breaks a page fails
 * `generate`, and with it typecheck, build and test.
 */
export function defineCodegenConfig(): CodegenConfig {
  return {
    schema: supergraph,
    // Loaded in the schema's own order (enum values as their workflow runs), not sorted by name.
    config: { sort: false },
    documents: ['src/**/*.ts', `!${generatedDir}**`],
    generates: {
      [generatedDir]: {
        preset: 'client',
        // Pages read a fragment's fields directly; no index file (import from the defining file).
        presetConfig: { fragmentMasking: false, skipIndexFile: true },
        config: {
          // `graphql(…)` returns the operation's text (a TypedDocumentString), posted by requestGraphQL.
          documentMode: 'string',
          // Enums as const objects: `Object.values(DisposalStatus)` lists a filter's options.
          enumType: 'const',
          useTypeImports: true,
          // Every field of a result is present (null when empty), never optional.
          avoidOptionals: { field: true },
          // A new scalar must be mapped here before an operation can use it.
          strictScalars: true,
          scalars: {
            Date: 'string',
            DateTime: 'string',
            Decimal: 'string',
            // The supergraph's federation plumbing; no operation selects them.
            join__FieldSet: 'string',
            link__Import: 'string',
          },
        },
      },
    },
  };
}
