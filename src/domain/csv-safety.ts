/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab or carriage return) as
 * a formula: a name like `=HYPERLINK("https://evil.example", "Click")` would run.
 * Such a cell gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
