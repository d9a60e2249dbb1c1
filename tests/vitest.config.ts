import { defineConfig } from 'vitest/config';

// End-to-end tests run the real CLI in child processes; give them room on a 2-core machine.
export default defineConfig({
  test: { globalSetup: ['./global-setup.ts'], testTimeout: 120_000, hookTimeout: 120_000, include: ['**/*.test.ts'], exclude: ['node_modules/**', 'fixtures/**'] },
});
