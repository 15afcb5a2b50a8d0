import MailComposer from "nodemailer/lib/mail-composer/index.js";

const html =
  "<html><body>" +
  "<p>Check in with Mentor 1 — overdue since 2026-11-20 <a href='http://localhost:3000/mentors/abc'>open</a></p>".repeat(
    30,
  ) +
  "</body></html>";
const text = "Check in with Mentor 1\n".repeat(25);
async function build(m) {
  return new Promise((r, j) => new MailComposer(m).compile().build((e, b) => (e ? j(e) : r(b))));
}
for (const [label, m] of [
  ["trivial", { from: "a@x", to: "b@y", subject: "hi", text: "hi" }],
  [
    "digest",
    { from: "a@x", to: "b@y", subject: "Your digest", text, html, headers: { "List-Unsubscribe": "<http://x>" } },
  ],
  ["digest b64", { from: "a@x", to: "b@y", subject: "Your digest", text, html, textEncoding: "base64" }],
]) {
  for (let i = 0; i < 200; i++) await build(m);
  const t = performance.now();
  let size = 0;
  for (let i = 0; i < 2000; i++) size = (await build(m)).length;
  console.log(label, ((performance.now() - t) / 2000).toFixed(3), "ms", size, "bytes");
}
