// The CLI's command table: what `phaseline` dispatches to, and what its usage text names.
import { describe, expect, it } from "vitest";
import { CLI_COMMANDS, findCliCommand, USAGE } from "./table";

describe("the CLI's command table", () => {
  it("names each command once, and the usage text describes each", () => {
    const names = CLI_COMMANDS.map((c) => c.words.join(" "));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(USAGE, name).toContain(`  ${name}`);
  });

  it("picks the longest match and hands on the rest", () => {
    expect(findCliCommand(["audit", "verify", "--from", "3"])).toMatchObject({ command: { words: ["audit", "verify"] }, args: ["--from", "3"] });
    expect(findCliCommand(["audit", "bogus"])).toMatchObject({ command: { words: ["audit"] }, args: ["bogus"] });
    expect(findCliCommand(["secrets"])).toBeNull();
    expect(findCliCommand(["tokens", "revoke"])).toBeNull();
    expect(findCliCommand([])).toBeNull();
  });

  it("says, for each command that changes no audited state, why", () => {
    for (const command of CLI_COMMANDS) if (command.state !== "audited") expect(command.state.unaudited.length, command.words.join(" ")).toBeGreaterThan(10);
  });
});
