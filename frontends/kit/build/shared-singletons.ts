/**
 * The packages the shell and every remote share as singletons: one Vue runtime, one router, one
 * i18n instance and one kit (so one session and one GraphQL client) per page. The shell provides
 * them to the federation runtime; each remote's build declares the same list.
 */
export const sharedSingletons = ['vue', 'vue-router', 'vue-i18n', 'element-plus', '@jiguan/kit'] as const;

export type SharedSingleton = (typeof sharedSingletons)[number];
