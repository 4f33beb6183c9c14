// Standalone mode: the admin remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { installKit } from '@jiguan/kit';
import { createApp } from 'vue';
import { registerAdminMessages } from './locales/admin-messages';
import { createStandaloneRouter } from './router/create-standalone-router';
import StandaloneApp from './StandaloneApp.vue';

registerAdminMessages();

const app = createApp(StandaloneApp);
const router = createStandaloneRouter();
installKit(app, router);
app.use(router);
app.mount('#app');
