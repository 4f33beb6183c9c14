import { defineVitestConfig } from './build/define-vitest-config.ts';

export default defineVitestConfig();
