import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "@playwright/test";

/*
 * End-to-end tests in Debian's Chromium against the real app: Django (gunicorn + the task
 * worker) on a fresh database, mail through a real SMTP server whose mailbox the tests read.
 * The config is evaluated again in every worker process; values that must stay the same
 * (the temporary folder) are kept in the environment the workers inherit.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const python = join(root, ".venv", "bin", "python");
const webPort = Number(process.env.E2E_PORT ?? 18100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 18125);
const mailboxPort = Number(process.env.E2E_MAILBOX_PORT ?? 18180);
process.env.E2E_VAR_DIR ??= mkdtempSync(join(tmpdir(), "glossa-e2e-"));
process.env.E2E_MAILBOX_URL = `http://127.0.0.1:${mailboxPort}`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  globalTeardown: "./e2e/support/global-teardown.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["junit", { outputFile: process.env.PLAYWRIGHT_JUNIT_OUTPUT_FILE ?? "test-results/junit.xml" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // A test tool cannot download its own browser here: use the system's Chromium.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "en", use: { locale: "en-US" } },
    { name: "ru", use: { locale: "ru-RU" } },
  ],
  webServer: [
    {
      command: `${python} e2e/support/mailbox.py ${smtpPort} ${mailboxPort}`,
      url: `http://127.0.0.1:${mailboxPort}/health`,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      command: "bash e2e/support/start-server.sh",
      url: `http://127.0.0.1:${webPort}/readyz`,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        E2E_PORT: String(webPort),
        E2E_DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
        GLOSSA_VAR_DIR: process.env.E2E_VAR_DIR,
        GLOSSA_SITE_URL: `http://127.0.0.1:${webPort}`,
        GLOSSA_ACCESS_LOG: "/dev/null",
        // Only warnings and errors reach the test output; start-up failures still show.
        GLOSSA_LOG_LEVEL: "WARNING",
        GUNICORN_CMD_ARGS: "--log-level warning",
        DJANGO_ALLOWED_HOSTS: "127.0.0.1,localhost",
        DJANGO_EMAIL_BACKEND: "django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST: "127.0.0.1",
        EMAIL_PORT: String(smtpPort),
        // Every test signs up and logs in from the same address; lockout stays as shipped.
        GLOSSA_THROTTLE_LOGIN: "1000/min",
        GLOSSA_THROTTLE_EMAIL: "1000/hour",
        GLOSSA_THROTTLE_SIGNUP: "1000/hour",
      },
    },
  ],
});
