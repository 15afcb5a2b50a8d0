import { describe, expect, it } from "vitest";
import { mainThreadTime } from "./trace";

const thread = (pid: number, tid: number, name: string) => ({ ph: "M", name: "thread_name", pid, tid, args: { name } });
const task = (pid: number, tid: number, name: string, durMs: number, cpuMs: number) => ({
  ph: "X",
  name,
  pid,
  tid,
  dur: durMs * 1000,
  tdur: cpuMs * 1000,
});

describe("mainThreadTime", () => {
  it("sums the tasks of the renderer main thread that ran the most, CPU and wall time apart", () => {
    const trace = {
      traceEvents: [
        thread(1, 1, "CrRendererMain"), // about:blank's renderer
        thread(2, 1, "CrRendererMain"), // the page's
        thread(2, 7, "Compositor"),
        task(1, 1, "RunTask", 5, 4),
        task(2, 1, "RunTask", 144, 25),
        task(2, 1, "Layout", 112, 20), // inside the task above: not counted again
        task(2, 1, "RunTask", 30, 17.4),
        task(2, 7, "RunTask", 50, 50), // another thread
        { ph: "B", name: "RunTask", pid: 2, tid: 1 },
      ],
    };
    expect(mainThreadTime(trace)).toEqual({ cpuMs: 42, wallMs: 174 });
  });

  it("is zero for a trace without a renderer main thread", () => {
    expect(mainThreadTime({ traceEvents: [task(3, 1, "RunTask", 10, 10)] })).toEqual({ cpuMs: 0, wallMs: 0 });
  });
});
