// Standalone mode: the party remote as its own app on its own port, with the kit's login.
import 'element-plus/dist/index.css';
import './styles/standalone.css';
import { startStandalone } from '@jiguan/kit';
import App from './App.vue';
import { registerPartyMessages } from './locales/party-messages';

registerPartyMessages();
startStandalone({ name: 'party', titleKey: 'party.appTitle', app: App });
