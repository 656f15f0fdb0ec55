// Node types the parser adds to mdast, registered for TypeScript: TOML front matter
// (remark-frontmatter makes `toml` nodes but declares none) and MDX (from mdast-util-mdx).
import type {Literal} from 'mdast'
import type {} from 'mdast-util-mdx'

/** TOML front matter (`+++`). */
export interface Toml extends Literal {
  type: 'toml'
}

declare module 'mdast' {
  interface FrontmatterContentMap {
    toml: Toml
  }
  interface RootContentMap {
    toml: Toml
  }
}
