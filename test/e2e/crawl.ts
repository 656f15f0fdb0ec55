import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * Every internal link (`<a href>`, relative or root-relative) of a built site, checked against the
 * files of the build: a link to a page or file that is not there is `broken` (`from → to`).
 */
export async function crawl(dir: string): Promise<{pages: number; broken: string[]}> {
  const files = (await fs.readdir(dir, {recursive: true})).filter((file) => file.endsWith('.html'))
  const broken = new Set<string>()
  for (const file of files) {
    const html = await fs.readFile(path.join(dir, file), 'utf8')
    const route = '/' + file.split(path.sep).join('/').replace(/index\.html$/, '')
    for (const match of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = match[1]!.replace(/&amp;/g, '&')
      if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#') || href === '') continue
      const target = new URL(href, `http://site${route}`)
      const pathname = decodeURIComponent(target.pathname)
      if (!(await exists(path.join(dir, pathname))) && !(await exists(path.join(dir, pathname, 'index.html')))) broken.add(`${route} → ${href}`)
    }
  }
  return {pages: files.length, broken: [...broken].sort()}
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}
