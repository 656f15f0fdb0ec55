import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

const types: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.wasm': 'application/wasm'}

/** Serve a built site on 127.0.0.1 (a free port); resolves to its base URL and a close function. */
export async function serve(root: string): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = path.join(root, path.normalize(pathname))
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, 'index.html')
      const body = await fs.readFile(file)
      response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream'}).end(body)
    } catch {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as {port: number}
  return {url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}
