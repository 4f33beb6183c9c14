import { defineVitestConfig } from '@jiguan/kit/build/define-vitest-config';

export default defineVitestConfig();
