// The kit's public API. It is the module the shell and the remotes share as one singleton, so
// everything an app uses from the kit is imported from '@jiguan/kit' and nothing from its files.
export type { ChartOption } from './charts/echarts';
export { default as EChart } from './charts/EChart.vue';
export { default as FigureCard } from './charts/FigureCard.vue';
export { useYearFigures } from './charts/use-year-figures';
export { chartNumber, formatDecimal, formatTenThousands } from './format/format-decimal';
export {
  addDays,
  addMonths,
  addYears,
  BUREAU_TIME_ZONE,
  clockOfMinute,
  daysBetween,
  monthLabel,
  monthOf,
  monthsAsDays,
  monthsBetween,
  minuteOfClock,
  mondayOf,
  monthsOfYear,
  recentYears,
  shanghaiClock,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiInstant,
  shanghaiMinute,
  todayIso,
  weekdayIndex,
  weekDays,
  yearRange,
} from './format/business-calendar';
// The hub's roles and data scopes, generated from the schema (labels under `kit.role`, `kit.dataScope`).
export { DataScope, Role } from './generated/graphql';
export type { Connection, NodeOf, PageArgs, PageInfo } from './graphql/connection';
export { GraphQLRequestError, type ErrorParams, type GraphQLErrorCode } from './graphql/graphql-request-error';
export { requestGraphQL } from './graphql/request-graphql';
export { default as ServerErrorAlert } from './graphql/ServerErrorAlert.vue';
export type { TypedDocument } from './graphql/typed-document';
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
export { default as RemoteNav } from './remote/RemoteNav.vue';
export { useNavPages } from './remote/use-nav-pages';
export { useRemoteRoutes, type RemotePageRoute } from './remote/use-remote-routes';
export { default as EnumSelect } from './select/EnumSelect.vue';
export { default as UnitSelect } from './select/UnitSelect.vue';
export { useRemoteOptions } from './select/use-remote-options';
export { loginRouteName } from './session/install-session-guard';
export { forbiddenRouteName } from './session/install-role-guard';
export { default as ForbiddenPage } from './session/ForbiddenPage.vue';
export type { SessionAccount } from './session/session-account';
export { useSession } from './session/use-session';
export { startStandalone } from './standalone/start-standalone';
export { default as ConnectionPager } from './table/ConnectionPager.vue';
export { default as ListFilters } from './table/ListFilters.vue';
export { default as TableSearch } from './table/TableSearch.vue';
export { useConnectionTable, type ConnectionTable, type ConnectionTableOptions } from './table/use-connection-table';
export { default as ActionButtons } from './workflow/ActionButtons.vue';
export { default as ActionsColumn } from './workflow/ActionsColumn.vue';
export { confirmAndSend, type ConfirmAndSendOptions, type ConfirmAndSendOutcome } from './workflow/confirm-and-send';
export { default as TransitionDialog } from './workflow/TransitionDialog.vue';
export { type CommentSpec, useTransitionDialog, type TransitionDialogOptions, type TransitionDialogState } from './workflow/use-transition-dialog';
