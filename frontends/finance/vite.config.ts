import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: 'finance',
  publicUrl: { variable: 'FINANCE_REMOTE_URL', default: 'http://localhost:4104' },
});
