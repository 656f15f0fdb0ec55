import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import {chromium, type Browser} from 'playwright-core'

/** Where Debian puts Chromium; playwright-core drives it (no browser download is possible here). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Install Debian's Chromium when it is missing (CI and fresh machines run as root). */
export function ensureChromium(): void {
  if (fs.existsSync(chromiumPath)) return
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'}
  execFileSync('apt-get', ['update'], {stdio: 'inherit', env})
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {stdio: 'inherit', env})
}

/** Launch headless Chromium with everything that would reach the network switched off. */
export function launch(): Promise<Browser> {
  ensureChromium()
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}
