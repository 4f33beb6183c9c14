#!/usr/bin/env node
// Package bin of `jiguan-prisma-generate`: the workspace runs TypeScript without a build step, so load it via tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/jiguan-prisma-generate-main.ts');
