#!/usr/bin/env node
// vue-tsc loads the `typescript` that npm hoisted to the repository root, TypeScript 7, which it
// cannot drive; run it with the TypeScript 6 of the package being checked (the current directory).
require('vue-tsc').run(require.resolve('typescript/lib/tsc', { paths: [process.cwd()] }));
