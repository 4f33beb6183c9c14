// Standalone mode: the assets remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { installKit } from '@jiguan/kit';
import { createApp } from 'vue';
import { registerAssetsMessages } from './locales/assets-messages';
import { createStandaloneRouter } from './router/create-standalone-router';
import StandaloneApp from './StandaloneApp.vue';

registerAssetsMessages();

const app = createApp(StandaloneApp);
const router = createStandaloneRouter();
installKit(app, router);
app.use(router);
app.mount('#app');
