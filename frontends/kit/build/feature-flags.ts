/**
 * Compile-time flags of the shared libraries, identical in the shell and every remote: a remote
 * running standalone bundles its own copies, and those must behave like the shell's.
 */
export const featureFlags = {
  // Composition API only; drops vue-i18n's legacy API from the bundle.
  __VUE_I18N_LEGACY_API__: 'false',
  __VUE_I18N_FULL_INSTALL__: 'true',
  __INTLIFY_PROD_DEVTOOLS__: 'false',
} as const;
