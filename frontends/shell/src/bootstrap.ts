import 'element-plus/dist/index.css';
import './styles/global.css';
import { AppRoot, installKit, registerMessages } from '@jiguan/kit';
import { createApp } from 'vue';
import en from './locales/en/shell.json';
import zhCN from './locales/zh-CN/shell.json';
import { installModuleRoutes } from './router/guards/install-module-routes';
import { createShellRouter } from './router/create-shell-router';

registerMessages('shell', { 'zh-CN': zhCN, en });

const app = createApp(AppRoot, { titleKey: 'shell.appTitle' });
const router = createShellRouter();
// Order matters: the session guard restores the account before the module guard reads its roles.
installKit(app, router);
installModuleRoutes(router);
app.use(router);
app.mount('#app');
