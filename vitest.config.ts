import './tests/support/node20-polyfill.ts';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { widgetPlugins } from './packages/widgets/scripts/plugins.ts';
import { chromiumLaunchOptions } from './tests/support/chromium.ts';

const setupFiles = ['./tests/support/node20-polyfill.ts'];

/**
 * `expect.poll` (and `expect.element`) give up after 1 s by default: enough on an idle machine, not
 * beside another CPU-heavy job. A longer limit costs nothing when the condition holds at once.
 */
const expect = { poll: { timeout: 20_000 } };

/**
 * Browser tests click through whole flows (a scan is a dozen screens). On this 2-core machine with
 * other jobs beside them a flow can take several times longer than alone: the per-test limit is
 * there to catch a hang, not to time the test.
 */
const BROWSER_TEST_TIMEOUT_MS = 60_000;

/**
 * Vitest's browser runner gives each test file's iframe 60 s to start (import the file and all it
 * pulls in, which Vite may transform for the first time). Under load a Storybook file with the
 * react-pdf preview once took longer; like the test limit, this catches a hang. The runner reads it
 * from the project's `env`.
 */
const browserEnv = { VITEST_BROWSER_IFRAME_TIMEOUT: String(240_000) };

/**
 * End-to-end hooks start the whole demo (PGlite's WebAssembly, the publisher, the loopback OpenID
 * and SMTP servers): about 5 s alone, 50 s at load 23, more with a CPU-heavy job beside it. Like the
 * test limit, this catches a hang; it does not time the start.
 */
const SERVER_HOOK_TIMEOUT_MS = 300_000;

/** Each browser project needs its own object: sharing one fails with "Cannot define a nested project". */
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'model', include: ['packages/model/test/**/*.test.ts'], environment: 'node', setupFiles, expect },
      },
      {
        test: { name: 'receiver', include: ['packages/receiver/test/**/*.test.ts'], environment: 'node', setupFiles, expect },
      },
      {
        test: {
          name: 'kennisblad',
          include: ['packages/kennisblad/test/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles,
          expect,
          testTimeout: 30_000,
        },
      },
      {
        // The widgets' pure modules (the scan flow, payloads, codecs): no browser needed.
        test: { name: 'widgets-node', include: ['packages/widgets/test/node/**/*.test.ts'], environment: 'node', setupFiles, expect },
      },
      {
        // The same data transforms as the shipped bundles (compact municipality data and so on).
        plugins: widgetPlugins(),
        optimizeDeps: { include: ['axe-core'] },
        test: {
          name: 'widgets',
          include: ['packages/widgets/test/**/*.test.ts'],
          exclude: ['packages/widgets/test/node/**'],
          setupFiles,
          expect,
          globalSetup: ['./packages/widgets/test/receiver-setup.ts'],
          testTimeout: BROWSER_TEST_TIMEOUT_MS,
          env: browserEnv,
          browser: browser(),
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          expect,
          globalSetup: ['./tests/support/build-once.ts'],
          // A whole flow against the real demo (scan, finder, sign-up, every kennisblad edition): at
          // load 20 one took over 60 s. A hang still fails.
          testTimeout: 240_000,
          hookTimeout: SERVER_HOOK_TIMEOUT_MS,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'studio',
          include: ['packages/studio/test/**/*.test.ts'],
          environment: 'node',
          setupFiles,
          expect,
          globalSetup: ['./packages/studio/test/build-once.ts'],
          testTimeout: 240_000,
          hookTimeout: SERVER_HOOK_TIMEOUT_MS,
          fileParallelism: false,
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook', disableAddonDocs: true })],
        // Found late on a cold cache, these made Vite reload the page in the middle of a run.
        optimizeDeps: { include: ['axe-core', '@storybook/web-components-vite', 'storybook/test', '@react-pdf/renderer', 'hyphen/en-gb/index.js', 'hyphen/nl/index.js', 'react/jsx-dev-runtime'] },
        test: { name: 'storybook', setupFiles, expect, testTimeout: BROWSER_TEST_TIMEOUT_MS, env: browserEnv, browser: browser() },
      },
    ],
  },
});
