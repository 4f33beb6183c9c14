import { defineCodegenConfig } from '@jiguan/kit/build/define-codegen-config';

export default defineCodegenConfig();
