// The trivial-message baseline of the digest bench: `count` one-line messages sent
// from a process of their own, the way the app sends (nodemailer, pooled, as many
// connections and as many in flight as the digest sender), after a warm-up.
import nodemailer from "nodemailer";
import { DIGEST_CONCURRENCY, SMTP_CONNECTIONS } from "../../src/domain/digest-schedule";

const [url, warmup, count] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const transport = nodemailer.createTransport(`${url}?pool=true&maxConnections=${SMTP_CONNECTIONS}`);

async function send(n: number) {
  let sent = 0;
  await Promise.all(
    Array.from({ length: DIGEST_CONCURRENCY }, async () => {
      while (sent < n) {
        sent++;
        await transport.sendMail({ from: "bench@localhost", to: "trivial@bench.example", subject: "hi", text: "hi" });
      }
    }),
  );
}

await send(warmup);
process.send?.("warm");
await new Promise<void>((resolve) => process.once("message", () => resolve()));
await send(count);
transport.close();
