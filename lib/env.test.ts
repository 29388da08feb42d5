import { afterEach, describe, expect, it } from "vitest";
import { getEnv, liveStreamsMax, resetEnvCache } from "./env";

const saved = { ...process.env };

afterEach(() => {
  for (const name of ["PHASELINE_ENV", "PHASELINE_COMMANDS_WITHOUT_ISOLATION", "PHASELINE_COMMAND_USER"]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  resetEnvCache();
});

describe("command isolation settings", () => {
  it("runs commands as nobody unless told otherwise, isolated unless explicitly opted out", () => {
    delete process.env.PHASELINE_COMMAND_USER;
    delete process.env.PHASELINE_COMMANDS_WITHOUT_ISOLATION;
    resetEnvCache();
    expect(getEnv()).toMatchObject({ PHASELINE_COMMAND_USER: "nobody", PHASELINE_COMMANDS_WITHOUT_ISOLATION: false });
  });

  it("refuses the opt-out in production, naming the variable and not its value", () => {
    process.env.PHASELINE_ENV = "production";
    process.env.PHASELINE_COMMANDS_WITHOUT_ISOLATION = "true";
    resetEnvCache();
    expect(() => getEnv()).toThrow("Phaseline configuration is invalid: PHASELINE_COMMANDS_WITHOUT_ISOLATION: commands cannot run without isolation when PHASELINE_ENV=production");
  });

  it("refuses a command user that is not a user name", () => {
    process.env.PHASELINE_COMMAND_USER = "root; rm -rf /";
    resetEnvCache();
    expect(() => getEnv()).toThrow(/PHASELINE_COMMAND_USER must be a user name/);
  });
});

describe("live streams per process", () => {
  it("holds as many as the heap budget allows unless told, and what it is told", () => {
    expect(liveStreamsMax({ PHASELINE_SERVER_HEAP_MB: 192, PHASELINE_LIVE_STREAMS_MAX: undefined })).toBe(512);
    expect(liveStreamsMax({ PHASELINE_SERVER_HEAP_MB: 1024, PHASELINE_LIVE_STREAMS_MAX: undefined })).toBe(7168);
    expect(liveStreamsMax({ PHASELINE_SERVER_HEAP_MB: 128, PHASELINE_LIVE_STREAMS_MAX: undefined })).toBe(50);
    expect(liveStreamsMax({ PHASELINE_SERVER_HEAP_MB: 192, PHASELINE_LIVE_STREAMS_MAX: 2_000 })).toBe(2_000);
  });
});
