import type { DomainNames } from './domain-names.ts';

/**
 * The skeleton of a domain's remote (paths relative to `frontends/<name>/`), as
 * frontends/kit/README.md describes one: standalone or in the shell, its texts in zh-CN and en,
 * its own Element Plus namespace, and a first page — the domain's audit trail — whose operation
 * codegen types from the supergraph.
 */
export function remoteFiles(d: DomainNames): Record<string, string> {
  const camel = d.name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  const trailField = `${camel}AuditRecords`;
  const namespace = `jg-${d.name}`;
  const writers = `['ADMIN', ${d.writers.map((role) => `'${role}'`).join(', ')}]`;
  const texts = (locale: 'zh-CN' | 'en') => ({
    appTitle: d.title[locale],
    nav: { audit: locale === 'zh-CN' ? '操作日志' : 'Audit trail' },
    audit: {
      title: locale === 'zh-CN' ? '操作日志' : 'Audit trail',
      description: locale === 'zh-CN' ? '本业务的每一次变更：谁、何时、做了什么' : 'Every change in this domain: who, when and what',
      column: locale === 'zh-CN' ? { createdAt: '时间', action: '操作', entity: '对象', actor: '操作人账号' } : { createdAt: 'When', action: 'Action', entity: 'Record', actor: 'Account' },
    },
  });
  return {
    'package.json': `${JSON.stringify(
      {
        name: `@jiguan/${d.name}-portal`,
        version: '0.1.0',
        private: true,
        type: 'module',
        description: `${d.title['zh-CN']}: the ${d.name} department's portal, a remote of the shell`,
        scripts: {
          generate: 'graphql-codegen --config codegen.ts',
          dev: 'vite --configLoader runner',
          build: 'vite build --configLoader runner',
          preview: 'vite preview --configLoader runner',
          typecheck: 'jiguan-vue-tsc --noEmit -p tsconfig.json && jiguan-vue-tsc --noEmit -p tsconfig.node.json',
          test: 'vitest run --configLoader runner',
        },
        dependencies: {
          '@element-plus/icons-vue': '2.3.2',
          '@jiguan/kit': '*',
          'element-plus': '2.14.8',
          vue: '3.5.45',
          'vue-i18n': '11.4.18',
          'vue-router': '4.6.5',
        },
        devDependencies: {
          '@graphql-codegen/cli': '7.4.3',
          '@graphql-codegen/client-preset': '6.2.0',
          '@graphql-typed-document-node/core': '3.2.0',
          sass: '1.108.2',
          typescript: '6.0.3',
          vite: '8.3.8',
          'vue-tsc': '3.3.14',
        },
      },
      null,
      2,
    )}\n`,
    'turbo.json': `${JSON.stringify(
      {
        $schema: 'https://turbo.build/schema.json',
        extends: ['//'],
        tasks: {
          generate: {
            inputs: ['codegen.ts', 'src/**/*.ts', '!src/generated/**', '$TURBO_ROOT$/shared-schema/supergraph.graphql', '$TURBO_ROOT$/frontends/kit/build/define-codegen-config.ts'],
            outputs: ['src/generated/**'],
          },
          build: { dependsOn: ['^build', '^generate', 'generate'] },
          dev: { dependsOn: ['^generate', 'generate'] },
        },
      },
      null,
      2,
    )}\n`,
    'vite.config.ts': `import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: '${d.name}',
  publicUrl: { variable: '${d.constant}_REMOTE_URL', default: 'http://localhost:${d.remotePort}' },
});
`,
    'codegen.ts': `import { defineCodegenConfig } from '@jiguan/kit/build/define-codegen-config';

export default defineCodegenConfig();
`,
    'vitest.config.ts': `import { defineVitestConfig } from '@jiguan/kit/build/define-vitest-config';

export default defineVitestConfig();
`,
    'tsconfig.json': `${JSON.stringify(
      {
        extends: '../../tsconfig.json',
        compilerOptions: { lib: ['ES2023', 'DOM', 'DOM.Iterable'], module: 'ESNext', moduleResolution: 'Bundler', types: ['vite/client'], allowImportingTsExtensions: false },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
    'tsconfig.node.json': `${JSON.stringify(
      { extends: '../../tsconfig.json', compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' }, include: ['vite.config.ts', 'vitest.config.ts', 'codegen.ts'] },
      null,
      2,
    )}\n`,
    'index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="data:," />
    <title>${d.title['zh-CN']}</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
    'src/env.d.ts': '/// <reference types="vite/client" />\n',
    'src/main.ts': `// The app starts behind a dynamic import: the asynchronous boundary module federation expects, so
// nothing evaluates before the federation runtime and its shared modules are set up.
void import('./bootstrap');
`,
    'src/bootstrap.ts': `// Standalone mode: the ${d.name} remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { register${d.typePrefix}Messages } from './locales/${d.name}-messages';

register${d.typePrefix}Messages();
startStandalone({ name: '${d.name}', titleKey: '${d.name}.appTitle', app: App });
`,
    'src/App.vue': `<script setup lang="ts">
// The module the shell mounts (exposed as \`./App\`): the ${d.name} pages under the route that renders it.
import './styles/element-plus.scss';
import { KitConfigProvider, RemoteNav, useRemoteRoutes } from '@jiguan/kit';
import { register${d.typePrefix}Messages } from './locales/${d.name}-messages';
import { ${camel}Routes } from './router/routes';
import { elementNamespace } from './styles/element-namespace';

register${d.typePrefix}Messages();
const { ready } = useRemoteRoutes(${camel}Routes);
</script>

<template>
  <KitConfigProvider :namespace="elementNamespace">
    <div class="${d.name}-app" data-testid="${d.name}-app">
      <RemoteNav :routes="${camel}Routes" />
      <RouterView v-if="ready" />
    </div>
  </KitConfigProvider>
</template>

<style scoped>
.${d.name}-app {
  min-height: 100%;
}
</style>
`,
    'src/router/routes/index.ts': `import type { RemotePageRoute } from '@jiguan/kit';

/** Who may read the domain's audit trail: its staff and the administrators. */
const WRITERS = ${writers} as const;

/** The ${d.name} pages, relative to the route that renders the remote (/${d.name} in the shell and standalone). */
export const ${camel}Routes: readonly RemotePageRoute[] = [
  { path: '', name: '${d.name}-home', redirect: { name: '${d.name}-audit' } },
  {
    path: 'audit',
    name: '${d.name}-audit',
    component: () => import('../../views/audit/trail/index.vue'),
    meta: { navKey: '${d.name}.nav.audit', roles: WRITERS },
  },
];
`,
    'src/views/audit/trail/audit-records-query.ts': `import { graphql } from '../../../generated/gql';

export const auditRecordsQuery = graphql(\`
  query ${d.typePrefix}AuditRecords($first: Int, $after: String, $last: Int, $before: String) {
    ${trailField}(first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id createdAt action entity entityId actorId } }
    }
  }
\`);
`,
    'src/views/audit/trail/use-audit-records-table.ts': `import { requestGraphQL, useConnectionTable } from '@jiguan/kit';
import { auditRecordsQuery } from './audit-records-query';

/** The domain's audit trail, newest first, paged by cursor. */
export function useAuditRecordsTable() {
  return useConnectionTable({
    fetchPage: async (page) => (await requestGraphQL(auditRecordsQuery, page)).${trailField},
  });
}
`,
    'src/views/audit/trail/use-audit-records-table.test.ts': `import { data, stubGateway } from '@jiguan/kit/testing/stub-gateway';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAuditRecordsTable } from './use-audit-records-table';

describe('useAuditRecordsTable', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the first page of the trail and shows its rows and total', async () => {
    const node = { id: 'a1', createdAt: '2024-12-31T08:00:00.000Z', action: 'record.create', entity: 'Record', entityId: 'r1', actorId: 'account-admin' };
    const requests = stubGateway({
      ${d.typePrefix}AuditRecords: data({
        ${trailField}: { totalCount: 1, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: 'c', endCursor: 'c' }, edges: [{ cursor: 'c', node }] },
      }),
    });
    const table = useAuditRecordsTable();
    await vi.waitFor(() => expect(table.rows).toEqual([node]));
    expect(table.totalCount).toBe(1);
    expect(requests.map((request) => request.operation)).toEqual(['${d.typePrefix}AuditRecords']);
  });
});
`,
    'src/views/audit/trail/index.vue': `<script setup lang="ts">
import { ConnectionPager, PageContainer, ServerErrorAlert } from '@jiguan/kit';
import { ElTable, ElTableColumn, vLoading } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { useAuditRecordsTable } from './use-audit-records-table';

const { t, d } = useI18n();
const table = useAuditRecordsTable();
</script>

<template>
  <PageContainer :title="t('${d.name}.audit.title')" :description="t('${d.name}.audit.description')">
    <ServerErrorAlert :error="table.error" />
    <el-table v-loading="table.loading" :data="table.rows" row-key="id" data-testid="audit-table">
      <el-table-column :label="t('${d.name}.audit.column.createdAt')" width="180">
        <template #default="{ row }">{{ row.createdAt ? d(new Date(row.createdAt), 'dateTime') : '' }}</template>
      </el-table-column>
      <el-table-column prop="action" :label="t('${d.name}.audit.column.action')" min-width="180" />
      <el-table-column prop="entity" :label="t('${d.name}.audit.column.entity')" min-width="140" />
      <el-table-column prop="actorId" :label="t('${d.name}.audit.column.actor')" min-width="200" />
    </el-table>
    <ConnectionPager :table="table" />
  </PageContainer>
</template>
`,
    [`src/locales/${d.name}-messages.ts`]: `import { registerMessages } from '@jiguan/kit';
import en from './en/${d.name}.json';
import enReasons from './en/reasons.json';
import zhCN from './zh-CN/${d.name}.json';
import zhCNReasons from './zh-CN/reasons.json';

/** Adds the ${d.name} texts (namespace \`${d.name}\`) and its domain's refusal reasons (\`reason\`) to the page's shared i18n instance. */
export function register${d.typePrefix}Messages(): void {
  registerMessages('${d.name}', { 'zh-CN': zhCN, en });
  registerMessages('reason', { 'zh-CN': zhCNReasons, en: enReasons });
}
`,
    [`src/locales/zh-CN/${d.name}.json`]: `${JSON.stringify(texts('zh-CN'), null, 2)}\n`,
    [`src/locales/en/${d.name}.json`]: `${JSON.stringify(texts('en'), null, 2)}\n`,
    'src/locales/zh-CN/reasons.json': '{}\n',
    'src/locales/en/reasons.json': '{}\n',
    'src/styles/element-namespace.ts': `/** The Element Plus namespace of this remote; styles/element-plus.scss compiles the theme for it. */
export const elementNamespace = '${namespace}';
`,
    'src/styles/element-plus.scss': `// Element Plus's theme compiled for the ${d.name} remote's own namespace (classes \`${namespace}-*\`):
// inside the shell it cannot restyle, nor be restyled by, the shell's \`el-*\`.
@forward 'element-plus/theme-chalk/src/mixins/config.scss' with (
  $namespace: '${namespace}'
);
@use 'element-plus/theme-chalk/src/index.scss';
`,
    'src/styles/standalone.css': `html,
body,
#app {
  height: 100%;
  margin: 0;
}

body {
  font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif;
  background: var(--el-bg-color-page);
}
`,
  };
}
