import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: 'services',
  publicUrl: { variable: 'SERVICES_REMOTE_URL', default: 'http://localhost:4103' },
});
