// A worker thread for bulk mail (see `bulkMailer` in mail.ts): its own pooled
// nodemailer transport, so that encoding thousands of MIME messages is spread
// over more than one core. Messages arrive fully formed from mail.ts.
import { parentPort, workerData } from "node:worker_threads";
import nodemailer from "nodemailer";

const transport = nodemailer.createTransport(workerData.url);

parentPort.on("message", async ({ id, message }) => {
  try {
    const info = await transport.sendMail(message);
    parentPort.postMessage({ id, messageId: info.messageId });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.on("close", () => transport.close());
