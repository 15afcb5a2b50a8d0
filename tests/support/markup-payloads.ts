/** Names and notes that are markup or script: what the HTML string templates' tests feed them (src/domain/*-html.ts). */
export const MARKUP_PAYLOADS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `' onmouseover='alert(1)`,
  `javascript:alert(1)`,
  `<svg onload=alert(1)>`,
  `&lt;b&gt;`,
];
