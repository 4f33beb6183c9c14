// Standalone mode: the finance remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { registerFinanceMessages } from './locales/finance-messages';

registerFinanceMessages();
startStandalone({ name: 'finance', titleKey: 'finance.appTitle', app: App });
