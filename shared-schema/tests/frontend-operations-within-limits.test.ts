import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSchema, getNamedType, Kind, parse, typeFromAST, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/compose-supergraph.ts';
import { measureOperation } from '../src/limits/operation-size.ts';
import { DEFAULT_QUERY_LIMITS, refusalFor } from '../src/limits/query-limits.ts';

/** Every `graphql(\`…\`)` operation written in the frontends' sources (the generated copies left out). */
async function frontendDocuments(): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(join(REPO_ROOT, 'frontends'), { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('node_modules') && !e.parentPath.includes('/generated'))
    .map((e) => join(e.parentPath, e.name));
  const documents: { file: string; text: string }[] = [];
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(/graphql\(`([^`]*)`\)/g)) documents.push({ file: file.slice(REPO_ROOT.length + 1), text: match[1] ?? '' });
  }
  return documents;
}

describe('the frontends’ operations', () => {
  // At least what the pages send: their tables ask for pages of 20, and no nested list of theirs asks for more than 100.
  const sizes = { page: 20, nested: 100 };

  it('are all within the default query limits, at the sizes the pages ask for', async () => {
    const schema = buildSchema(await readFile(join(REPO_ROOT, 'shared-schema/supergraph.graphql'), 'utf8'), { assumeValidSDL: true });
    const documents = await frontendDocuments();
    expect(documents.length).toBeGreaterThan(30);
    const over: string[] = [];
    for (const { file, text } of documents) {
      // Parsed as the services parse it: past the token limit, parse throws and the test fails.
      const document = parse(text, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const variables = Object.fromEntries(
          (operation.variableDefinitions ?? [])
            .filter((v) => {
              const type = typeFromAST(schema, v.type);
              return type !== undefined && getNamedType(type).name === 'Int';
            })
            .map((v) => [v.variable.name.value, ['first', 'last'].includes(v.variable.name.value) ? sizes.page : sizes.nested]),
        );
        const refusal = refusalFor(measureOperation(schema, operation, fragments, variables), DEFAULT_QUERY_LIMITS);
        if (refusal) over.push(`${file} ${operation.name?.value ?? '(anonymous)'}: ${refusal.message}`);
      }
    }
    expect(over).toEqual([]);
  });
});
