// COMMAND steps (PRODUCT.md "Domain": an argv command, timeout, output cap; refused unless the
// server was started with commands enabled; runs with an allow-listed environment and cannot read
// the server's secrets).
//
// "No shell" means Phaseline hands the argv to the program as written — "$HOME" stays "$HOME", a
// ";" is just a character. It does not mean the program cannot be a shell, or anything else able
// to read files: judging that by the program's name is pretence. What protects the server is
//   1. isolation: the program runs as another, unprivileged user (command-isolation.ts), so it
//      cannot read /proc/<server pid>/environ or the server's 0600 secret files;
//   2. an environment built from an allow-list (PATH, LANG, TZ, HOME = the run's own directory,
//      and the variables the step declares), never a copy of the server's with names removed;
//   3. redaction of every configured secret value from the output (executeStepOnTarget).
import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { getEnv } from "@/lib/env";
import { commandsNotIsolatedMessage, getCommandIsolation, type TCommandIsolation } from "./command-isolation";
import type { TExecutableStep, TExecutionContext, TExecutionOutcome } from "./execute-step";

export const COMMANDS_DISABLED_MESSAGE = "Commands are disabled on this server: start it with PHASELINE_ENABLE_COMMANDS=true to run them.";
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_OUTPUT_CAP_BYTES = 65_536;
/** after SIGTERM a program gets this long to exit before SIGKILL */
export const KILL_GRACE_MS = 2_000;
/**
 * After the program exits, its output pipes may stay open — a child it started in the background
 * still holds them. Wait this long for them to close, then stop listening.
 */
const PIPES_CLOSE_WAIT_MS = 2_000;
const EXCERPT_CHARS = 2000;

/** The variables a command gets from the server: harmless ones, by name. Everything else is withheld. */
export const PASSED_ENV_NAMES = ["PATH", "LANG", "TZ"] as const;
const FALLBACK_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** The variables a step declared (a { NAME: value } object; anything else contributes nothing). */
function declaredEnv(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(e[0])));
}

/**
 * The child's whole environment: the allow-listed server variables, HOME set to the run's own
 * directory, then the step's declared variables (which may override them).
 */
export function commandEnvironment(declared: unknown, home: string): Record<string, string> {
  const env = getEnv();
  const passed: Record<string, string> = { PATH: env.PATH ?? FALLBACK_PATH };
  for (const name of PASSED_ENV_NAMES) {
    const value = env[name];
    if (value !== undefined) passed[name] = value;
  }
  return { ...passed, HOME: home, ...declaredEnv(declared) };
}

/** A fresh directory for one run (cwd and HOME), owned by the command's user; removed afterwards. */
function makeRunDirectory(isolation: TCommandIsolation): string {
  const dir = mkdtempSync(join(tmpdir(), "phaseline-command-"));
  if (isolation.kind === "user") chownSync(dir, isolation.uid, isolation.gid);
  return dir;
}

const positiveInt = (value: number | null, fallback: number) => (value !== null && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback);

export async function runCommand(step: TExecutableStep, ctx: TExecutionContext): Promise<TExecutionOutcome> {
  const base = { exitCode: null, signal: null, durationMs: 0, isTimedOut: false, isOutputTruncated: false, outputExcerpt: "" };
  const refuse = (message: string, result: Record<string, unknown> = {}): TExecutionOutcome => {
    ctx.onOutput(`${message}\n`);
    return { status: "FAILED", result: { ...base, ...result }, errorMessage: message, summary: `failed: ${message.slice(0, 200)}` };
  };
  if (!ctx.isCommandsEnabled) return refuse(COMMANDS_DISABLED_MESSAGE);
  const [program, ...args] = step.commandArgv;
  if (!program || program.trim() === "") return refuse("The step names no program to run: edit the step in the runbook.");
  if (ctx.signal?.aborted) return refuse("The command was stopped before it started.");

  const isolation = ctx.commandIsolation ?? getCommandIsolation();
  if (isolation.kind === "unavailable") return refuse(commandsNotIsolatedMessage(isolation.reason));

  const timeoutMs = positiveInt(step.timeoutMs, DEFAULT_TIMEOUT_MS);
  const capBytes = positiveInt(step.outputCapBytes, DEFAULT_OUTPUT_CAP_BYTES);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);

  let runDirectory: string;
  try {
    runDirectory = makeRunDirectory(isolation);
  } catch {
    return refuse("The command's working directory could not be created.");
  }
  const removeRunDirectory = () => rmSync(runDirectory, { recursive: true, force: true, maxRetries: 2 });

  let child: ChildProcess;
  try {
    child = spawn(program, args, {
      shell: false,
      stdio: ["ignore", "pipe", "pipe"],
      // the whole environment, not merged with this process's (Next types it as always holding NODE_ENV)
      env: commandEnvironment(step.commandEnv, runDirectory) as NodeJS.ProcessEnv,
      cwd: runDirectory,
      ...(isolation.kind === "user" ? { uid: isolation.uid, gid: isolation.gid } : {}),
      windowsHide: true,
    });
  } catch (error) {
    removeRunDirectory();
    return refuse(startFailureMessage(error, program, isolation));
  }

  return new Promise<TExecutionOutcome>((resolve) => {
    let keptBytes = 0;
    let isOutputTruncated = false;
    let isTimedOut = false;
    let isStopped = false;
    let tail = "";
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    let isDone = false;
    const timers: NodeJS.Timeout[] = [];

    const emit = (text: string) => {
      if (!text) return;
      ctx.onOutput(text);
      tail = (tail + text).slice(-EXCERPT_CHARS);
    };
    const collect = (decoder: StringDecoder) => (chunk: Buffer) => {
      // keep draining the pipe after the cap: a program blocked on a full pipe never exits
      if (isOutputTruncated) return;
      const room = capBytes - keptBytes;
      if (chunk.length <= room) {
        keptBytes += chunk.length;
        emit(decoder.write(chunk));
        return;
      }
      keptBytes = capBytes;
      isOutputTruncated = true;
      emit(decoder.write(chunk.subarray(0, room)));
      emit(`\n[output truncated at ${capBytes} bytes]\n`);
    };
    child.stdout?.on("data", collect(new StringDecoder("utf8")));
    child.stderr?.on("data", collect(new StringDecoder("utf8")));

    const terminate = () => {
      child.kill("SIGTERM");
      timers.push(setTimeout(() => exit === null && child.kill("SIGKILL"), KILL_GRACE_MS));
    };
    timers.push(
      setTimeout(() => {
        isTimedOut = true;
        emit(`\n[timed out after ${timeoutMs} ms: stopping the program]\n`);
        terminate();
      }, timeoutMs),
    );
    const onAbort = () => {
      if (exit !== null || isDone) return;
      isStopped = true;
      emit("\n[stopped: ending the program]\n");
      terminate();
    };
    ctx.signal?.addEventListener("abort", onAbort);

    const finish = (outcome: TExecutionOutcome) => {
      if (isDone) return;
      isDone = true;
      for (const timer of timers) clearTimeout(timer);
      ctx.signal?.removeEventListener("abort", onAbort);
      child.stdout?.destroy();
      child.stderr?.destroy();
      try {
        removeRunDirectory();
      } catch {
        // a file the program left behind that cannot be removed: tmp is cleaned by the system
      }
      resolve(outcome);
    };

    const finishExited = () => {
      const { code, signal } = exit ?? { code: null, signal: null };
      const durationMs = elapsed();
      const result = { exitCode: code, signal, durationMs, isTimedOut, isOutputTruncated, outputExcerpt: tail };
      const succeeded = code === 0 && !isTimedOut && !isStopped;
      let message: string | null = null;
      if (isTimedOut) message = `The program ran longer than its timeout of ${timeoutMs} ms and was stopped${signal ? ` (${signal})` : ""}.`;
      else if (isStopped) message = "The command was stopped before it finished.";
      else if (code !== null && code !== 0) message = `The program exited with code ${code}.`;
      else if (code === null) message = `The program was ended by signal ${signal ?? "unknown"}.`;
      finish({
        status: succeeded ? "SUCCEEDED" : "FAILED",
        result,
        errorMessage: message,
        summary: succeeded ? `exit code 0 in ${durationMs} ms` : `failed: ${message ?? "unknown"}`,
      });
    };

    child.on("error", (error) => {
      // before a process exists this is a start failure (program not found, not executable);
      // later it is a failed kill, and the exit still comes
      if (child.pid === undefined) {
        const message = startFailureMessage(error, program, isolation);
        emit(`${message}\n`);
        finish({ status: "FAILED", result: { ...base, durationMs: elapsed(), outputExcerpt: tail }, errorMessage: message, summary: `failed: ${message}` });
      }
    });
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      timers.push(setTimeout(finishExited, PIPES_CLOSE_WAIT_MS));
    });
    child.on("close", (code, signal) => {
      exit ??= { code, signal };
      finishExited();
    });
  });
}

function startFailureMessage(error: unknown, program: string, isolation: TCommandIsolation): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  const asUser = isolation.kind === "user" ? ` by the user ${isolation.user}` : "";
  if (code === "ENOENT") return `program not found: ${program}`;
  // a bare name searched along PATH: a directory the command's user may not enter also gives EACCES
  if (code === "EACCES" && !program.includes("/")) return `program not found: ${program} (or not executable${asUser})`;
  if (code === "EACCES") return `program not executable${asUser}: ${program} (permission denied)`;
  return `The program ${program} could not be started${typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? ` (${code})` : ""}.`;
}
