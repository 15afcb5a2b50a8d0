// Web security, in Chromium against the built app: XSS payloads in every free-text
// field, server actions from other origins, the session cookie, and the headers.
import { expect, type Page, test } from "@playwright/test";
import { signIn, signInThroughEmail, uniqueEmail } from "./support/auth";
import { fromAccountMenu } from "./support/shell";

// Each payload, if it ever ran, would push its number onto window.__xss.
const run = (n: number) => `window.__xss.push(${n})`;
const XSS_PAYLOADS = [
  `<script>${run(1)}</script>`,
  `<img src=x onerror="${run(2)}">`,
  `<svg onload="${run(3)}"></svg>`,
  `<svg><script>${run(4)}</script></svg>`,
  `javascript:${run(5)}`,
  `JaVaScRiPt:${run(6)}`,
  ` javascript:${run(7)}`,
  `data:text/html,<script>${run(8)}</script>`,
  `data:image/svg+xml,<svg onload="${run(9)}"/>`,
  `"><img src=x onerror=${run(10)}>`,
  `'><svg/onload=${run(11)}>`,
  `<iframe src="javascript:${run(12)}"></iframe>`,
  `[a markdown link](javascript:${run(13)})`,
  `![a markdown image](x" onerror="${run(14)})`,
  `<a href="javascript:${run(15)}">raw HTML in Markdown</a>`,
  `<details open ontoggle="${run(16)}">x</details>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run(17)}>`,
  `{{constructor.constructor('${run(18)}')()}}`,
  `<input autofocus onfocus="${run(19)}">`,
  `<object data="javascript:${run(20)}"></object>`,
  `[data link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MucHVzaCgyMSk8L3NjcmlwdD4=)`,
  `<a href="&#106;avascript:${run(22)}">entity-encoded</a>`,
  `<style>*{background:url("javascript:${run(23)}")}</style>`,
  `\`\`\`\n</code><script>${run(24)}</script>\n\`\`\``,
  `<form action="javascript:${run(25)}"><button>go</button></form>`,
];

const day = new Date().toISOString().slice(0, 10);
const now = new Date().toISOString();

/** A whole map whose every free-text field holds a payload: an import file someone crafted. */
function craftedExport() {
  const p = (i: number) => XSS_PAYLOADS[i % XSS_PAYLOADS.length]!;
  const mentors = XSS_PAYLOADS.map((payload, i) => ({
    id: `m${i}`,
    name: `${payload} #${i}`,
    email: null,
    headline: p(i + 1),
    organisation: p(i + 2),
    linkedinUrl: p(i + 3),
    websiteUrl: p(i + 4),
    location: p(i + 5),
    timeZone: p(i + 6),
    howWeMet: p(i + 7),
    notes: `${p(i)}\n\n${p(i + 8)}\n\n${p(i + 12)}`,
    tags: [`tag${i}`, p(i + 9).slice(0, 40)],
    category: (["SAGE", "PEER", "REVERSE", "SPECIALIST", "ACCOUNTABILITY"] as const)[i % 5],
    stage: (["PROSPECT", "RESEARCHED", "CONTACTED", "IN_CONVERSATION", "ACTIVE"] as const)[i % 5],
    cadenceDays: 7,
    nextCheckInOn: day,
    lastCheckInOn: day,
    revisitAfterOn: null,
    connectedOn: null,
    valueReceivedRating: 5,
    valueProvidedRating: 5,
    growthPotentialRating: 5,
    archivedAt: null,
    createdAt: now,
    gapAreaIds: [`g${i % 12}`],
  }));
  return {
    formatVersion: 1,
    exportedAt: now,
    profile: {
      name: p(0),
      timeZone: "UTC",
      digest: { frequency: "OFF", weekday: 1, hour: 8, sendEmpty: false, unsubscribed: false },
      gapAnalysisCompletedAt: now,
    },
    gapAreas: Array.from({ length: 12 }, (_, i) => ({
      id: `g${i}`,
      name: `${p(i)} #${i}`,
      whyItMatters: p(i + 12),
      currentLevel: 2,
      targetLevel: 8,
      priority: i + 1,
      guidanceSought: p(i + 13),
      valueIOffer: p(i + 14),
      createdAt: now,
    })),
    mentors,
    stageChanges: mentors.map((m, i) => ({
      mentorId: m.id,
      fromStage: null,
      toStage: m.stage,
      changedAt: now,
      note: p(i + 10),
    })),
    checkIns: mentors.map((m, i) => ({
      id: `c${i}`,
      mentorId: m.id,
      occurredOn: day,
      channel: "COFFEE",
      notes: p(i + 11),
      takeaways: p(i + 12),
      peerGroupId: null,
      createdAt: now,
    })),
    reminders: mentors.map((m, i) => ({
      mentorId: m.id,
      checkInId: null,
      kind: "FOLLOW_UP",
      title: p(i + 13),
      dueOn: day,
      status: "PENDING",
      snoozedUntil: null,
      completedAt: null,
      createdAt: now,
    })),
    valueExchanges: mentors.map((m, i) => ({
      mentorId: m.id,
      direction: "GAVE",
      kind: "ADVICE",
      description: p(i + 14),
      occurredOn: day,
      createdAt: now,
    })),
    outreachPlans: mentors.map((m, i) => ({
      mentorId: m.id,
      researchLinks: [{ url: p(i + 4), note: p(i + 15) }],
      challenges: [p(i + 16)],
      waysToHelp: [p(i + 17)],
      whatINeed: p(i + 18),
      whatIOffer: p(i + 19),
      researchedAt: now,
      subject: p(i + 20),
      compliment: p(i + 21),
      ask: p(i + 22),
      offer: p(i + 23),
      easyOut: p(i + 24),
      sentAt: null,
      followUpDays: 7,
      reply: null,
      repliedAt: null,
      prepQuestions: [p(i + 1)],
      conversationNotes: p(i + 2),
      thankYouNote: p(i + 3),
    })),
    introductions: mentors.slice(1).map((m, i) => ({
      fromMentorId: "m0",
      toMentorId: m.id,
      introducedOn: day,
      why: p(i + 5),
      outcome: p(i + 6),
      outcomeOn: null,
      createdAt: now,
    })),
    wins: mentors.map((m, i) => ({
      id: `w${i}`,
      title: p(i + 7),
      description: p(i + 8),
      occurredOn: day,
      sharedPubliclyOn: null,
      createdAt: now,
      credits: [{ mentorId: m.id, sharedOn: null }],
    })),
    peerGroups: XSS_PAYLOADS.map((payload, i) => ({
      id: `pg${i}`,
      name: `${payload} #${i}`,
      description: p(i + 9),
      cadenceDays: 14,
      nextMeetingOn: day,
      createdAt: now,
      memberIds: [`m${i}`],
    })),
    dreamTeam: Array.from({ length: 12 }, (_, i) => ({
      gapAreaId: `g${i}`,
      category: "SAGE",
      profile: p(i + 10),
      mentorIds: [`m${i}`],
    })),
    sprints: [
      {
        id: "s1",
        startOn: day,
        endedAt: null,
        summary: null,
        createdAt: now,
        tasks: XSS_PAYLOADS.map((_, i) => ({ title: p(i), phase: 1, position: i, doneAt: null, createdAt: now })),
      },
    ],
    snapshots: [],
  };
}

/** Nothing injected is in the page: no handler attributes, no script or frame of someone else's, no dangerous link. */
async function injectedInto(page: Page) {
  return page.evaluate(() => {
    // Browsers skip control characters inside a scheme: "java\u0001script:" still runs.
    const stripControlCharacters = (text: string) => [...text].filter((c) => c.charCodeAt(0) > 0x1f).join("");
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes))
        if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
      if (["iframe", "object", "embed", "math"].includes(el.localName)) found.push(`<${el.localName}>`);
      if (el instanceof HTMLScriptElement && (el.src ? new URL(el.src).origin !== location.origin : !el.nonce))
        found.push(`<script> not ours`);
      for (const name of ["href", "src", "action", "formaction", "data", "xlink:href"]) {
        const value = el.getAttribute(name);
        if (value && /^\s*(javascript|data|vbscript):/i.test(stripControlCharacters(value)))
          found.push(`<${el.localName} ${name}="${value.slice(0, 40)}">`);
      }
    }
    return { found, ran: (window as unknown as { __xss: number[] }).__xss };
  });
}

test("XSS payloads in every free-text field never run on any screen", async ({ page }) => {
  test.setTimeout(240_000);
  await page.addInitScript(() => ((window as unknown as { __xss: number[] }).__xss = []));
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  await signIn(page, uniqueEmail("xss"));
  const response = await page.request.post("/api/import?mode=restore&commit=1", {
    data: JSON.stringify(craftedExport()),
    headers: { origin: new URL(page.url()).origin, "content-type": "application/json" },
  });
  expect(response.status(), await response.text()).toBe(200);

  await page.goto("/mentors?per=100");
  const links = await page
    .locator("table a[href^='/mentors/']")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  const mentorPages = [...new Set(links.filter((h) => /^\/mentors\/[a-z0-9]+$/.test(h)))];
  expect(mentorPages.length).toBe(XSS_PAYLOADS.length);
  const screens = [
    "/dashboard",
    "/mentors?per=100",
    "/mentors/pipeline",
    ...mentorPages,
    ...mentorPages.slice(0, 5).map((m) => `${m}/outreach`),
    "/gaps",
    "/introductions",
    "/wins",
    "/peer-groups",
    "/sprint",
    "/audit",
    "/snapshots",
    "/settings",
    "/api/map/svg?download=0",
  ];
  for (const screen of screens) {
    await page.goto(screen);
    await page.waitForLoadState("networkidle");
    // Hovering and focusing everything would fire handlers if any were there; the scan below finds them anyway.
    const { found, ran } = await injectedInto(page);
    expect(found, `${screen}: injected markup`).toEqual([]);
    expect(ran, `${screen}: a payload ran`).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(violations, "nothing even tried to run").toEqual([]);
  console.log(`${XSS_PAYLOADS.length} payloads in every free-text field, ${screens.length} screens`);
});

test("a server action posted from another origin, with Origin: null or with no Origin is refused", async ({ page }) => {
  await signIn(page, uniqueEmail("csrf"));
  await page.goto("/mentors/new");
  // Capture a real server action request from our own form…
  const captured = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await page.getByLabel("Name").fill("Replayed Person");
  await page.getByRole("radio", { name: /^Peer/ }).check();
  await page.getByRole("button", { name: "Add mentor" }).click();
  const request = await captured;
  await expect(page.getByRole("heading", { level: 1, name: "Replayed Person" })).toBeVisible();
  const body = request.postDataBuffer()!;
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(([k]) =>
      ["next-action", "content-type", "next-router-state-tree", "accept"].includes(k),
    ),
  );

  // …and replay it, with the same session, from elsewhere.
  const ownOrigin = new URL(page.url()).origin;
  for (const origin of ["https://evil.example", "null", undefined]) {
    const replay = await page.request.post(request.url(), {
      data: body,
      headers: { ...headers, ...(origin ? { origin } : {}) },
      maxRedirects: 0,
    });
    expect(replay.status(), `Origin ${origin}`).toBe(403);
  }
  await page.goto("/mentors?q=Replayed");
  await expect(page.getByRole("row", { name: /Replayed Person/ })).toHaveCount(1);

  // The same replay from our own origin goes through: the refusals above were for the origin alone.
  // It reaches the action, which knows its idempotency key (the form sends one, as every write that
  // can be queued offline does) and answers with the first result instead of adding the person again.
  const same = await page.request.post(request.url(), { data: body, headers: { ...headers, origin: ownOrigin } });
  expect(same.status()).toBeLessThan(400);
  expect(await same.text()).toContain('"replayed":true');
  await page.goto("/mentors?q=Replayed");
  await expect(page.getByRole("row", { name: /Replayed Person/ })).toHaveCount(1);
});

const SESSION_COOKIE = "next-auth.session-token";

test("the session cookie is HttpOnly and SameSite=Lax, new at every sign-in, and dead after signing out", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("session");
  // A session id planted before sign-in (session fixation) is not the one the user gets.
  await page
    .context()
    .addCookies([{ name: SESSION_COOKIE, value: "planted-by-an-attacker", url: test.info().project.use.baseURL! }]);
  await signInThroughEmail(page, email);
  const first = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(first.value).not.toBe("planted-by-an-attacker");
  expect(first.httpOnly).toBe(true);
  expect(first.sameSite).toBe("Lax");

  // Signing in again (another device) gets another session id.
  const other = await browser.newPage();
  await signInThroughEmail(other, email);
  const second = (await other.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
  expect(second.value).not.toBe(first.value);
  await other.close();

  // Signing out ends the session on the server: the old cookie, replayed, is nobody.
  await fromAccountMenu(page, "Sign out");
  await expect(page).toHaveURL(/\/signin/);
  const thief = await browser.newContext();
  await thief.addCookies([{ ...first, expires: -1 }]);
  const stolen = await thief.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/signin/);
  await thief.close();
});

test("security headers: a CSP with a fresh nonce on every page, no framing, no sniffing, a referrer policy, HSTS in production", async ({
  page,
  request,
}) => {
  const csp = async (path: string) => (await request.get(path)).headers()["content-security-policy"] ?? "";
  const [a, b] = [await csp("/signin"), await csp("/signin")];
  const nonce = (s: string) => s.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(a)).toMatch(/^[A-Za-z0-9+/=]{22,}$/);
  expect(nonce(a)).not.toBe(nonce(b));
  expect(a).toContain("frame-ancestors 'none'");
  expect(a).toContain("object-src 'none'");
  expect(a).not.toContain("unsafe-eval");
  expect(a).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(await csp("/api/health")).toContain("default-src 'none'");

  const response = await page.goto("/signin");
  const headers = response!.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  // Next put this response's nonce on every one of its scripts, and the page works (it hydrated: the form submits by script).
  const pageNonce = nonce(headers["content-security-policy"]!);
  const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([pageNonce]));
});
