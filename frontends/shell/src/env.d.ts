/// <reference types="vite/client" />

/** The installed versions of the shared singletons, from vite.config.ts. */
declare const __SHARED_VERSIONS__: Record<import('@jiguan/kit/build/shared-singletons').SharedSingleton, string>;
