import { TEST_PORT_SHIFT } from '@jiguan/runner/testing/test-port-shift';

/**
 * Every port of the test hub is shifted by this much (gateway 5200, directory 5201, shell 5300,
 * admin 5301), so the browser tests run beside `npm start` and beside the other suites' test hub.
 */
export const E2E_PORT_OFFSET = 1200 + TEST_PORT_SHIFT;

export const e2ePorts = {
  shell: 4100 + E2E_PORT_OFFSET,
  admin: 4101 + E2E_PORT_OFFSET,
  assets: 4102 + E2E_PORT_OFFSET,
  services: 4103 + E2E_PORT_OFFSET,
  party: 4105 + E2E_PORT_OFFSET,
};
