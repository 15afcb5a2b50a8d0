import nodemailer from "nodemailer";

const kind = process.argv[2];
const html =
  "<html><body>" +
  "<p>Check in with Mentor 1 — overdue since 2026-11-20 <a href='http://localhost:3000/mentors/abc'>open</a></p>".repeat(
    30,
  ) +
  "</body></html>";
const text = "Check in with Mentor 1\n".repeat(25);
const t = nodemailer.createTransport("smtp://127.0.0.1:2600?pool=true&maxConnections=4");
const m =
  kind === "trivial"
    ? { from: "a@x", to: "b@y", subject: "hi", text: "hi" }
    : {
        from: "a@x",
        to: "b@y",
        subject: "Your digest",
        text,
        html,
        headers: { "List-Unsubscribe": "<http://x>" },
        textEncoding: kind === "b64" ? "base64" : undefined,
      };
let sent = 0;
const N = 3000;
const s = performance.now();
await Promise.all(
  Array.from({ length: Number(process.argv[3] ?? 4) }, async () => {
    while (sent < N) {
      sent++;
      await t.sendMail(m);
    }
  }),
);
console.log(kind, "sender", ((N / (performance.now() - s)) * 1000).toFixed(0), "/s");
t.close();
