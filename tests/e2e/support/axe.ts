import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * axe's serious and critical findings on the page (WCAG 2.1 A and AA), one line each;
 * `rules` narrows the scan to those rules (say, colour contrast in a second colour scheme).
 */
export async function seriousViolations(page: Page, { rules }: { rules?: string[] } = {}) {
  const builder = new AxeBuilder({ page });
  const results = await (rules
    ? builder.withRules(rules)
    : builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
  ).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}
