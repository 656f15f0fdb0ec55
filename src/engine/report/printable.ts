/**
 * Page text made safe to print on a terminal: tabs become four spaces and control characters
 * (C0, DEL, C1: the escape codes that move the cursor or colour the text) `�`.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replaceAll('\t', '    ').replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
}
