import { defineRemoteConfig } from '@jiguan/kit/build/define-remote-config';

export default defineRemoteConfig({
  name: 'assets',
  publicUrl: { variable: 'ASSETS_REMOTE_URL', default: 'http://localhost:4102' },
  build: {
    // ECharts in a chunk of its own, fetched once by whichever chart page opens first.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ }] } },
    },
  },
});
