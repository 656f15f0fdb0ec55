/// <reference lib="dom" />
// The status table's progressive enhancement (runs in the browser): sort buttons in the column
// headers (`aria-sort` on the sorted one), and filters by locale, state and folder. Without it the
// table is complete, in page order.

/** Sort and filter the pages × locales table inside `section`. */
export function enhanceStatusTable(section: HTMLElement): void {
  const table = section.querySelector<HTMLTableElement>('table.status')
  const form = section.querySelector<HTMLFormElement>('form.status-filters')
  const body = table?.tBodies[0]
  if (!table || !form || !body) return
  const rows = [...body.rows]
  const columnStyle = document.createElement('style')
  document.head.append(columnStyle)
  const headers = [...table.tHead!.rows[0]!.cells].filter((cell) => cell.dataset.sort)
  let sortBy = headers[0]!
  let direction: 'ascending' | 'descending' = 'ascending'

  for (const header of headers) {
    const button = document.createElement('button')
    button.type = 'button'
    button.append(...header.childNodes)
    header.append(button)
    button.addEventListener('click', () => {
      // A new column starts ascending: for a locale, its least translated pages first (the work to do).
      direction = sortBy === header && direction === 'ascending' ? 'descending' : 'ascending'
      sortBy = header
      sort()
    })
  }

  function sort() {
    for (const header of headers) header.removeAttribute('aria-sort')
    sortBy.setAttribute('aria-sort', direction)
    const sign = direction === 'ascending' ? 1 : -1
    const locale = sortBy.dataset.locale
    const value = (row: HTMLTableRowElement) => Number(row.querySelector<HTMLElement>(`td[data-locale="${CSS.escape(locale ?? '')}"]`)?.dataset.value ?? 0)
    const key = (row: HTMLTableRowElement) => row.dataset.page ?? ''
    const sorted = [...rows].sort((a, b) => (locale ? value(a) - value(b) : 0) * sign || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) * (locale ? 1 : sign))
    body!.append(...sorted)
  }

  function filter() {
    const data = new FormData(form!)
    const locale = String(data.get('locale') ?? '')
    const state = String(data.get('state') ?? '')
    const folder = String(data.get('folder') ?? '')
    // Other locales' columns hidden by one rule rather than thousands of cells touched.
    columnStyle.textContent = locale ? `table.status [data-locale]:not([data-locale="${CSS.escape(locale)}"]) { display: none; }` : ''
    let shown = 0
    for (const row of rows) {
      const inFolder = !folder || row.dataset.folder === folder || (row.dataset.folder ?? '').startsWith(`${folder}/`)
      const cells = [...row.querySelectorAll<HTMLElement>('td[data-locale]')].filter((cell) => !locale || cell.dataset.locale === locale)
      const inState = !state || cells.some((cell) => (cell.dataset.states ?? '').split(' ').includes(state))
      row.hidden = !(inFolder && inState)
      if (!row.hidden) shown++
    }
    section.querySelector('output.status-count')!.textContent = `${shown} of ${rows.length} pages shown`
  }

  form.addEventListener('change', filter)
  form.addEventListener('submit', (event) => event.preventDefault())
  form.hidden = false
  filter()
}
