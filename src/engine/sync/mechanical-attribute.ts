/**
 * Attributes whose value is text for readers, whatever it looks like (`title="Install"`,
 * `label="npm"`): a translator's to change, never carried over by sync.
 */
const proseNames = new Set(['title', 'label', 'text', 'description', 'alt', 'caption', 'summary', 'heading', 'subtitle', 'tagline', 'placeholder', 'tooltip', 'message', 'content', 'cta', 'aria-label', 'aria-description', 'aria-roledescription'])

/** Attributes whose value is code (`<Code code="npm i" lang="sh">`): mechanical whatever its shape, as a code span is. */
const codeNames = new Set(['code', 'command', 'cmd', 'pkg', 'lang', 'language'])

/**
 * Whether a component attribute's string value is mechanical (sync may carry a change of it) or
 * prose (left to people). By name first: a prose attribute (`title`, `label`, `alt`…) never is,
 * a code attribute (`code`, `lang`, `pkg`…) always is. Otherwise by the value's shape: a URL, a
 * path or fragment (`/x/`, `./a.png`, `#id`), a number or version (`2`, `v1.2`, `2rem`), or an
 * identifier — one word of ASCII letters, digits and `-_.:/@+` (`rocket`, `seti:npm`, `open-book`,
 * `content-type`) that is not a capitalised word (`Install` reads as a word for people). Anything
 * with spaces or other scripts is prose. A mechanical value is still carried only where the
 * translation holds it exactly as the source did at the base (a localised `href`, a translated
 * `syncKey` differ and stay).
 */
export function isMechanicalAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase()
  if (proseNames.has(lower)) return false
  if (codeNames.has(lower)) return true
  if (value === '' || value.length > 300) return false
  if (/^(?:[a-z][a-z\d+.-]*:\/\/|mailto:|\.{0,2}\/|#|\?)\S*$/i.test(value)) return true
  if (/^v?\d[\d.,_]*(?:[a-z%]{0,4})$/i.test(value)) return true
  return /^[\w.:/@+-]+$/.test(value) && !/^[A-Z][a-z]+$/.test(value)
}
