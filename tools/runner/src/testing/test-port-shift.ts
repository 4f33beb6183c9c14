/**
 * Added to every test suite's port offset (`JIGUAN_TEST_PORT_SHIFT`, default 0), so two checkouts
 * on one machine can run their test hubs at once. Pick a shift that keeps every port off the
 * browsers' blocked list (e.g. 6000): 500, 1500 and 3000 are known to.
 */
export const TEST_PORT_SHIFT = Number(process.env.JIGUAN_TEST_PORT_SHIFT ?? 0);
