// An SMTP server that misbehaves on purpose, written on node:net so that every
// reply (or its absence) is ours to choose: it can refuse the login, never greet,
// stall after DATA, hang up mid-DATA, refuse a recipient for good or for now, and
// never answer QUIT. `mode` can be changed between tests; `sockets` are the
// connections still open, to prove a client leaks none.
import net from "node:net";

export type BadSmtpMode = {
  greet?: boolean;
  auth?: "ok" | "535";
  rcpt?: "250" | "550" | "451";
  /** After the message's final dot. */
  afterData?: "250" | "550" | "451" | "stall";
  /** Hang up as soon as message data starts to arrive. */
  dropMidData?: boolean;
  quit?: "answer" | "ignore";
};

export type BadSmtp = {
  port: number;
  url: (query?: string) => string;
  mode: BadSmtpMode;
  /** Messages accepted with a 250, raw. */
  accepted: string[];
  /** Messages whose data arrived in full, whatever the reply. */
  received: string[];
  logins: number;
  connections: number;
  sockets: Set<net.Socket>;
  stop: () => Promise<void>;
};

const HEALTHY: Required<BadSmtpMode> = {
  greet: true,
  auth: "ok",
  rcpt: "250",
  afterData: "250",
  dropMidData: false,
  quit: "answer",
};

export async function startBadSmtp(mode: BadSmtpMode = {}): Promise<BadSmtp> {
  const smtp = {
    mode,
    accepted: [] as string[],
    received: [] as string[],
    logins: 0,
    connections: 0,
    sockets: new Set<net.Socket>(),
  } as BadSmtp;
  const m = () => ({ ...HEALTHY, ...smtp.mode });
  const server = net.createServer((socket) => {
    smtp.connections++;
    smtp.sockets.add(socket);
    socket.on("close", () => smtp.sockets.delete(socket));
    socket.on("error", () => {});
    const reply = (line: string) => socket.writable && socket.write(`${line}\r\n`);
    let buffer = "";
    let inData = false;
    let data = "";
    if (m().greet) reply("220 bad.smtp.test ESMTP");
    socket.on("data", (chunk) => {
      if (inData) {
        if (m().dropMidData) return socket.destroy();
        data += chunk.toString("binary");
        const end = data.indexOf("\r\n.\r\n");
        if (end < 0) return;
        inData = false;
        const message = data.slice(0, end);
        buffer = data.slice(end + 5);
        data = "";
        smtp.received.push(message);
        const after = m().afterData;
        if (after === "stall") return;
        if (after === "250") smtp.accepted.push(message);
        reply(
          after === "250"
            ? "250 2.0.0 Accepted"
            : after === "550"
              ? "550 5.7.1 Message refused"
              : "451 4.3.0 Try again later",
        );
      } else {
        buffer += chunk.toString("binary");
      }
      for (let newline = buffer.indexOf("\r\n"); !inData && newline >= 0; newline = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO") reply("250-bad.smtp.test\r\n250-AUTH PLAIN\r\n250 8BITMIME");
        else if (verb === "HELO") reply("250 bad.smtp.test");
        else if (verb === "AUTH") {
          smtp.logins++;
          reply(
            m().auth === "ok" ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid",
          );
        } else if (verb === "MAIL") reply("250 2.1.0 Ok");
        else if (verb === "RCPT") {
          const r = m().rcpt;
          reply(
            r === "250"
              ? "250 2.1.5 Ok"
              : r === "550"
                ? "550 5.1.1 No such user here"
                : "451 4.2.0 Mailbox busy, try later",
          );
        } else if (verb === "DATA") {
          reply("354 End data with <CR><LF>.<CR><LF>");
          inData = true;
          data = buffer;
          buffer = "";
          if (data) socket.emit("data", Buffer.alloc(0));
        } else if (verb === "RSET" || verb === "NOOP") reply("250 2.0.0 Ok");
        else if (verb === "QUIT") {
          if (m().quit === "answer") {
            reply("221 2.0.0 Bye");
            socket.end();
          }
        } else reply("502 5.5.2 Command not recognised");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  smtp.port = typeof address === "object" && address ? address.port : 0;
  smtp.url = (query = "") => `smtp://digests:s3cret@127.0.0.1:${smtp.port}${query ? `?${query}` : ""}`;
  smtp.stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of smtp.sockets) socket.destroy();
      server.close(() => resolve());
    });
  return smtp;
}

/** Waits up to `ms` for the clients to have closed every connection; the number still open. */
export async function openSocketsAfter(smtp: BadSmtp, ms = 2_000) {
  const deadline = Date.now() + ms;
  while (smtp.sockets.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  return smtp.sockets.size;
}
