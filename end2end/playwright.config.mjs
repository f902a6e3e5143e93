// Browser tests against the real server (debug build from `cargo leptos build`),
// with a fresh SQLite database, in Debian's Chromium. Nothing is downloaded.
import { defineConfig } from '@playwright/test';

const port = process.env.E2E_PORT || '3100';

export default defineConfig({
  testDir: './tests',
  timeout: 120_000,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'rm -rf target/e2e-data && exec target/debug/server',
    cwd: '..',
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORTAL_ADDR: `127.0.0.1:${port}`,
      DATABASE_URL: 'sqlite://target/e2e-data/portal.db',
      PORTAL_SITE_ROOT: 'target/site',
      PORTAL_LOG: 'warn',
      PORTAL_MAIL_DIR: 'target/e2e-data/outbox',
      PORTAL_UPLOAD_DIR: 'target/e2e-data/uploads',
      // Demo staff accounts and applications, for the staff workspace's tests.
      PORTAL_DEMO: 'true',
      // The tests' registrations say they come from different residents
      // (`registerAndSignIn`), as through a proxy: otherwise a whole run from
      // one address meets the limit of emails per address, which is right
      // for real clients and wrong for a test suite.
      PORTAL_TRUSTED_PROXIES: '127.0.0.1',
    },
  },
});
