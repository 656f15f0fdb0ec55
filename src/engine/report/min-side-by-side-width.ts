/**
 * The narrowest column worth reading side by side (36), as a total width: below it `formatDiff`
 * stacks the two. Apart from `side-by-side.ts` so that the CLI's flag table can name it without
 * loading `string-width`, whose Unicode patterns cost every command ~35 ms at start-up.
 */
export const minSideBySideWidth = 2 * 36 + 5
