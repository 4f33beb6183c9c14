// Standalone mode: the services remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { registerServicesMessages } from './locales/services-messages';

registerServicesMessages();
startStandalone({ name: 'services', titleKey: 'services.appTitle', app: App });
