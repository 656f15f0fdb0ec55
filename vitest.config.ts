import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: ['test/temp-dir.ts'],
          // CLI tests start processes; a loaded CI machine needs more than the 5 s default.
          testTimeout: 30_000,
          include: ['test/**/*.test.ts'],
          exclude: ['test/corpus/**', 'test/e2e/**', 'test/fixtures/**', 'node_modules/**']
        }
      },
      {
        test: {
          name: 'corpus',
          globalSetup: ['test/temp-dir.ts'],
          include: ['test/corpus/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000
        }
      },
      {
        // The built site in real Chromium (Debian's, driven by playwright-core).
        test: {
          name: 'e2e',
          globalSetup: ['test/temp-dir.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000
        }
      }
    ]
  }
})
