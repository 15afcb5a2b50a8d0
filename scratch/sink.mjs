import { SMTPServer } from "smtp-server";

let n = 0,
  first = 0,
  last = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  disableReverseLookup: true,
  closeTimeout: 100,
  logger: false,
  onData(stream, _s, cb) {
    stream.on("data", () => {});
    stream.on("end", () => {
      const t = performance.now();
      if (!n) first = t;
      last = t;
      n++;
      cb();
    });
  },
});
server.listen(2600, "127.0.0.1");
setInterval(() => {
  if (n && performance.now() - last > 1500) {
    console.log("sink rate", (((n - 1) / (last - first)) * 1000).toFixed(0), "/s", n);
    n = 0;
  }
}, 500);
