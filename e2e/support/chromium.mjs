// How the end-to-end tests and the browser benchmark start Chromium, in one place.
import { existsSync } from 'node:fs';

// Browsers cannot be downloaded on every machine: use Debian's Chromium where it is, or
// the one PLAYWRIGHT_CHROMIUM_EXECUTABLE names, else Playwright's own.
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumLaunchOptions = {
  executablePath,
  // --no-sandbox: CI runs as root. The rest keep Chromium from calling a network it cannot reach.
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
