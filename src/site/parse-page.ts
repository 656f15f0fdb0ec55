// The one seam into the engine below its public API: the site must render the very tree the
// check read (shortcodes as nodes, `{#id}` moved out, `#### Note:` turned into a callout), and
// `src/engine/index.ts` does not export the parser yet. When it does (`export {parsePage}`),
// change this import and nothing else.
export {parsePage, type ParsedPage} from '../engine/parse/parse-page.ts'
