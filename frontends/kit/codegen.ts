import { defineCodegenConfig } from './build/define-codegen-config.ts';

export default defineCodegenConfig();
