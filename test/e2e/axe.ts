import {createRequire} from 'node:module'
import type {Page} from 'playwright-core'

const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Serious and critical axe violations on the page in `tab`, as `rule: targets` lines. */
export async function seriousViolations(tab: Page): Promise<string[]> {
  await tab.addScriptTag({path: axe})
  return tab.evaluate(async () => {
    type Axe = {run(context: unknown): Promise<{violations: Array<{id: string; impact: string; nodes: Array<{target: string[]}>}>}>}
    // Starlight's own search button names itself “Search” beside a visible “Ctrl K”
    // (label-content-name-mismatch): not Lockstep's markup, and every Starlight site has it.
    const result = await (globalThis as unknown as {axe: Axe}).axe.run({exclude: [['site-search button[data-open-modal]']]})
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}
