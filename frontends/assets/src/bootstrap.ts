// Standalone mode: the assets remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { registerAssetsMessages } from './locales/assets-messages';

registerAssetsMessages();
startStandalone({ name: 'assets', titleKey: 'assets.appTitle', app: App });
