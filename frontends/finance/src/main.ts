// The app starts behind a dynamic import: the asynchronous boundary module federation expects, so
// nothing evaluates before the federation runtime and its shared modules are set up.
void import('./bootstrap');
