// COMMAND steps against the server's secrets (issue 10 item 3), with real processes: every argv
// an attacker tried — the environment, /proc/<parent>/environ through a shell, /proc/1/environ,
// the generated secrets file, interpreters — and none of the app's secrets may reach the output.
// Isolation is tested with redaction switched off, and redaction with isolation switched off, so
// each protection is shown to hold on its own.
import { existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptSecret, maskDatabaseUrl } from "@/lib/crypto";
import { getEnv, resetEnvCache } from "@/lib/env";
import { testPrisma, uniqueSuffix } from "@/lib/testing/db";
import { decideCommandIsolation, getCommandIsolation } from "./command-isolation";
import { executeStepOnTarget, type TExecutableStep, type TExecutionContext, type TExecutionOutcome } from "./execute-step";
import { executableStep } from "@/lib/testing/executable-step";
import { REDACTED } from "./redact-secrets";

function command(argv: string[], over: Partial<TExecutableStep> = {}): TExecutableStep {
  return executableStep({ kind: "COMMAND", timeoutMs: 10_000, commandArgv: argv, ...over });
}

type TRun = TExecutionOutcome & { output: string; chunks: string[] };

async function run(step: TExecutableStep, over: Partial<TExecutionContext> = {}): Promise<TRun> {
  const chunks: string[] = [];
  const outcome = await executeStepOnTarget(step, {
    targetUrl: null,
    applicationName: "phaseline:command-test",
    mode: "RUN",
    httpAllowList: [],
    isCommandsEnabled: true,
    baseline: null,
    onOutput: (chunk) => chunks.push(chunk),
    ...over,
  });
  return { ...outcome, output: chunks.join(""), chunks };
}

const pythonPath = ["/usr/bin/python3", "/usr/local/bin/python3"].find((p) => existsSync(p));
const nodePath = process.execPath;

describe("COMMAND steps and the server's secrets", () => {
  const suffix = uniqueSuffix();
  const oidcSecret = `oidc-canary-${suffix}`;
  const fileSecret = `file-canary-${suffix}`;
  const targetPassword = `target-pw-${suffix}`;
  const targetUrl = `postgres://deployer:${targetPassword}@db.internal.test:5432/app`;
  let dataDir = "";
  let secretsFile = "";
  let environmentId = "";
  const saved = { OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET };

  /** Every secret the app knows: none may appear in any step's output, result or message. */
  const secrets = () =>
    [
      getEnv().PHASELINE_SECRET_KEY!,
      getEnv().NEXTAUTH_SECRET!,
      getEnv().DATABASE_URL!,
      getEnv().PHASELINE_DEMO_TARGET_URL!,
      oidcSecret,
      fileSecret,
      targetUrl,
      targetPassword,
    ].filter(Boolean);

  const expectNoSecret = (label: string, result: TRun) => {
    const seen = `${result.output}\n${JSON.stringify(result.result)}\n${result.errorMessage ?? ""}\n${result.summary}`;
    for (const secret of secrets()) expect(seen.includes(secret), `${label} leaked ${secret.slice(0, 12)}…`).toBe(false);
  };

  beforeAll(async () => {
    process.env.OIDC_CLIENT_SECRET = oidcSecret;
    resetEnvCache();
    // a data directory like the embedded default's: readable, with a 0600 secrets file
    dataDir = mkdtempSync(join(tmpdir(), "phaseline-secrets-"));
    chmodSync(dataDir, 0o755);
    secretsFile = join(dataDir, "secrets.json");
    writeFileSync(secretsFile, JSON.stringify({ secretKey: fileSecret, nextAuthSecret: fileSecret }), { mode: 0o600 });
    const row = await testPrisma().environment.create({
      data: { name: `secrets-${suffix}`, targetUrlCiphertext: encryptSecret(targetUrl), targetUrlMasked: maskDatabaseUrl(targetUrl), httpAllowList: [] },
      select: { id: true },
    });
    environmentId = row.id;
  });

  afterAll(async () => {
    if (saved.OIDC_CLIENT_SECRET === undefined) delete process.env.OIDC_CLIENT_SECRET;
    else process.env.OIDC_CLIENT_SECRET = saved.OIDC_CLIENT_SECRET;
    resetEnvCache();
    rmSync(dataDir, { recursive: true, force: true });
    if (environmentId) await testPrisma().environment.delete({ where: { id: environmentId } });
  });

  const attacks = (): [string, string[]][] => [
    ["env", ["env"]],
    ["printenv", ["printenv"]],
    ["the parent's environ through sh -c", ["sh", "-c", 'tr "\\0" "\\n" < /proc/$PPID/environ']],
    ["env sh -c (passed the old 'no shell' check)", ["env", "sh", "-c", 'tr "\\0" "\\n" < /proc/$PPID/environ']],
    ["/proc/1/environ", ["cat", "/proc/1/environ"]],
    ["every process's environ", ["sh", "-c", "cat /proc/[0-9]*/environ 2>&1 | tr '\\0' '\\n'"]],
    ["the secrets file", ["cat", secretsFile]],
    [
      "a node one-liner",
      [
        nodePath,
        "-e",
        "const fs=require('fs');console.log(JSON.stringify(process.env));for(const p of [process.ppid,1]){try{console.log(fs.readFileSync('/proc/'+p+'/environ','utf8'))}catch(e){console.log(e.code)}}",
      ],
    ],
    ...(pythonPath
      ? ([
          [
            "a python one-liner",
            [
              pythonPath,
              "-c",
              "import os\nprint(dict(os.environ))\nfor p in (os.getppid(), 1):\n  try: print(open('/proc/%d/environ' % p).read())\n  except Exception as e: print(type(e).__name__)",
            ],
          ],
        ] as [string, string[]][])
      : []),
  ];

  it("runs as another, unprivileged user on this machine (root in CI)", () => {
    expect(process.getuid?.()).toBe(0);
    expect(getCommandIsolation()).toMatchObject({ kind: "user", user: "nobody" });
  });

  it("no argv reads a secret, even with redaction switched off: isolation holds on its own", async () => {
    const proved: string[] = [];
    for (const [label, argv] of attacks()) {
      const result = await run(command(argv), { secretValues: [] });
      expectNoSecret(label, result);
      expect(result.output, label).not.toContain(REDACTED);
      if (/Permission denied|EACCES|PermissionError/.test(result.output)) proved.push(label);
    }
    // the file and /proc reads were refused by the kernel, not merely absent
    expect(proved).toEqual(
      expect.arrayContaining(["the parent's environ through sh -c", "env sh -c (passed the old 'no shell' check)", "/proc/1/environ", "the secrets file", "a node one-liner"]),
    );
  });

  it("gives the program only the allow-listed variables and the ones the step declares", async () => {
    const result = await run(command(["env"], { commandEnv: { GREETING: "hello there", TZ: "UTC" } }), { secretValues: [] });
    expect(result.status).toBe("SUCCEEDED");
    const names = result.output
      .trim()
      .split("\n")
      .map((line) => line.split("=")[0]);
    expect(new Set(names)).toEqual(new Set(["PATH", "HOME", "GREETING", "TZ", ...(getEnv().LANG ? ["LANG"] : [])]));
    expect(result.output).toContain("GREETING=hello there\n");
    // HOME is the run's own directory, owned by the command's user and removed afterwards
    const home = /^HOME=(.*)$/m.exec(result.output)![1]!;
    expect(home).toMatch(/phaseline-command-/);
    expect(existsSync(home)).toBe(false);
  });

  it("redacts every configured secret a program prints, with isolation switched off", async () => {
    const unisolated = { commandIsolation: { kind: "none", reason: "test" } } as const;
    // as the server's own user, the parent's environ is readable: only redaction stands between
    const leaky = await run(command(["sh", "-c", 'tr "\\0" "\\n" < /proc/$PPID/environ']), unisolated);
    expect(leaky.output).toContain("PHASELINE_SECRET_KEY=[redacted]");
    expect(leaky.output).toContain("NEXTAUTH_SECRET=[redacted]");
    expectNoSecret("environ as the server's user", leaky);
    const file = await run(command(["cat", secretsFile]), unisolated);
    expect(file.status).toBe("SUCCEEDED");
    // the secrets file of this test is not the server's: its canary is not a configured secret
    expect(file.output).toContain(fileSecret);
  });

  it("redacts an environment's target URL and password, even split across two writes", async () => {
    const half = Math.floor(targetPassword.length / 2);
    const script = `process.stdout.write('pw=' + process.argv[1]); setTimeout(() => { process.stdout.write(process.argv[2] + ' url=' + process.argv[3] + '\\n'); console.error('err ' + process.argv[1] + process.argv[2]); process.exit(1); }, 100)`;
    const result = await run(command([nodePath, "-e", script, targetPassword.slice(0, half), targetPassword.slice(half), targetUrl]));
    expect(result.chunks.length).toBeGreaterThan(1);
    expect(result.output).toContain(`pw=${REDACTED} url=${REDACTED}\n`);
    expect(result.output).toContain(`err ${REDACTED}\n`);
    expectNoSecret("split secret", result);
    expect(result.result.outputExcerpt).toBe(result.output);
  });

  it("refuses to run commands when no isolation is possible, without starting the program", async () => {
    const marker = join(dataDir, `ran-${uniqueSuffix()}`);
    const result = await run(command(["touch", marker]), { commandIsolation: { kind: "unavailable", reason: "the server cannot switch to the user nobody" } });
    expect(result).toMatchObject({ status: "FAILED", result: { exitCode: null } });
    expect(result.errorMessage).toBe(
      'Commands cannot run isolated on this server: the server cannot switch to the user nobody. An administrator fixes this (README "Commands"); the step did not run.',
    );
    expect(existsSync(marker)).toBe(false);
  });
});

describe("decideCommandIsolation", () => {
  const passwd = "root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\napp:x:1000:1000::/home/app:/bin/sh\n";
  const probe = { uid: 0, capEff: "000001ffffffffff", passwd, user: "nobody", isOptOut: false };

  it("switches to the command user when the server may", () => {
    expect(decideCommandIsolation(probe)).toEqual({ kind: "user", user: "nobody", uid: 65534, gid: 65534 });
    // a non-root server granted CAP_SETUID and CAP_SETGID (bits 7 and 6)
    expect(decideCommandIsolation({ ...probe, uid: 1000, capEff: "00000000000000c0" })).toMatchObject({ kind: "user" });
  });

  it("refuses without the capabilities, without the user, or as the same user", () => {
    expect(decideCommandIsolation({ ...probe, uid: 1000, capEff: "0000000000000000" })).toMatchObject({
      kind: "unavailable",
      reason: expect.stringMatching(/CAP_SETUID and CAP_SETGID/),
    });
    expect(decideCommandIsolation({ ...probe, capEff: "0000000000000080" })).toMatchObject({ kind: "unavailable" });
    expect(decideCommandIsolation({ ...probe, user: "ghost" })).toMatchObject({ kind: "unavailable", reason: expect.stringMatching(/no user named ghost/) });
    expect(decideCommandIsolation({ ...probe, uid: 1000, user: "app" })).toMatchObject({ kind: "unavailable", reason: expect.stringMatching(/another, unprivileged user/) });
    expect(decideCommandIsolation({ ...probe, user: "root" })).toMatchObject({ kind: "unavailable" });
    expect(decideCommandIsolation({ ...probe, uid: null })).toMatchObject({ kind: "unavailable" });
  });

  it("runs without isolation only on the operator's explicit opt-out", () => {
    expect(decideCommandIsolation({ ...probe, uid: 1000, capEff: "0", isOptOut: true })).toMatchObject({
      kind: "none",
      reason: expect.stringMatching(/PHASELINE_COMMANDS_WITHOUT_ISOLATION/),
    });
  });
});
