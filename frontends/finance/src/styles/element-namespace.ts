/** The Element Plus namespace of this remote; styles/element-plus.scss compiles the theme for it. */
export const elementNamespace = 'jg-finance';
