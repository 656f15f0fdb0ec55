// The site renders the very tree the check read (shortcodes as nodes, `{#id}` moved out,
// `#### Note:` turned into a callout), through the engine's public API.
export {parsePage, type ParsedPage} from '../engine/index.ts'
