// The kit's public API. It is the module the shell and the remotes share as one singleton, so
// everything an app uses from the kit is imported from '@jiguan/kit' and nothing from its files.
export { dataScopes, type DataScope } from './auth/data-scope';
export { roles, type Role } from './auth/role';
export { connectionFields, type Connection, type PageArgs, type PageInfo } from './graphql/connection';
export { GraphQLRequestError, type GraphQLErrorCode } from './graphql/graphql-request-error';
export { requestGraphQL } from './graphql/request-graphql';
export { defineDocument, type TypedDocument } from './graphql/typed-document';
export { appLocales, type AppLocale } from './i18n/app-locale';
export { i18n } from './i18n/i18n';
export { registerMessages } from './i18n/register-messages';
export { useDocumentTitle } from './i18n/use-document-title';
export { useLocale } from './i18n/use-locale';
export { installKit } from './install-kit';
export { default as AccountBar } from './layout/AccountBar.vue';
export { default as AppRoot } from './layout/AppRoot.vue';
export { default as KitConfigProvider } from './layout/KitConfigProvider.vue';
export { default as LocaleSwitch } from './layout/LocaleSwitch.vue';
export { default as PageContainer } from './layout/PageContainer.vue';
export { default as RemoteFallback } from './layout/RemoteFallback.vue';
export { default as LoginPage } from './login/LoginPage.vue';
export { useRemoteOptions } from './select/use-remote-options';
export { loginRouteName } from './session/install-session-guard';
export type { SessionAccount } from './session/session-account';
export { useSession } from './session/use-session';
export { startStandalone } from './standalone/start-standalone';
export { default as ConnectionPager } from './table/ConnectionPager.vue';
export { useConnectionTable, type ConnectionTable, type ConnectionTableOptions } from './table/use-connection-table';
