import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The domain rules and the SDL check need no database; db.ts only needs a URL for its lazy pool.
    env: { DATABASE_URL: 'postgresql://localhost/unit-tests-use-no-database' },
  },
});
