import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: 'admin',
  publicUrl: { variable: 'ADMIN_REMOTE_URL', default: 'http://localhost:4101' },
});
