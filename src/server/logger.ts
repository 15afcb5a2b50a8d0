import "server-only";
import pino from "pino";

/** Structured logs (JSON lines) to stdout. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "mentor-map" },
});
