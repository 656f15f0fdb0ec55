/** A folder or page of the sidebar. */
export interface NavNode {
  name: string
  /** Page key, when this node is a page. */
  page?: string
  title?: string
  children: NavNode[]
}

/** The sidebar's tree: page keys split into folders (`docs/concepts/architecture/x`). */
export function navTree(pages: Array<{page: string; title: string}>): NavNode[] {
  const root: NavNode = {name: '', children: []}
  for (const {page, title} of pages) {
    let node = root
    const parts = page.split('/')
    parts.forEach((part, index) => {
      let child = node.children.find((each) => each.name === part)
      if (!child) {
        child = {name: part, children: []}
        node.children.push(child)
      }
      if (index === parts.length - 1) {
        child.page = page
        child.title = title
      }
      node = child
    })
  }
  return root.children
}
