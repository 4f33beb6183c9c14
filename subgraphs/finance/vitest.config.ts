import { subgraphVitestConfig } from '@jiguan/runner/testing/subgraph-vitest-config';

export default subgraphVitestConfig();
