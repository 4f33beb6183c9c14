// Standalone mode: the admin remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { registerAdminMessages } from './locales/admin-messages';

registerAdminMessages();
startStandalone({ name: 'admin', titleKey: 'admin.appTitle', app: App });
