import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: 'party',
  publicUrl: { variable: 'PARTY_REMOTE_URL', default: 'http://localhost:4105' },
});
