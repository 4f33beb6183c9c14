/**
 * The two facts the directory (which issues and verifies BI API keys) and the gateway (which reads
 * them off a request) must agree on. See docs/bi.md.
 */

/** Every BI API key starts so: `jgk_<key id>_<secret>`. */
export const API_KEY_PREFIX = 'jgk_';

/** Where the directory verifies a key, `POST {"key"}`, for the gateway on every BI request. */
export const API_KEY_VERIFY_PATH = '/bi/api-keys/verify';
