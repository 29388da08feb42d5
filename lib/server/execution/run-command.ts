// COMMAND steps (PRODUCT.md "Domain": an argv command, no shell, timeout, output cap; refused
// unless the server was started with commands enabled). No shell means the arguments reach the
// program exactly as written: "$HOME" stays "$HOME", a ";" is just a character.
import "server-only";
import { spawn, type ChildProcess } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
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

// The server's own secrets (the key that decrypts target URLs, the app database, the session
// secret) are not the command's business: a program that prints its environment would put them
// in the step's output.
const WITHHELD_ENV = /^(PHASELINE_|NEXTAUTH_|AUTH_SECRET$|DATABASE_URL$|TEST_DATABASE_URL$)/;

function commandEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (WITHHELD_ENV.test(name)) delete env[name];
  return env;
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

  const timeoutMs = positiveInt(step.timeoutMs, DEFAULT_TIMEOUT_MS);
  const capBytes = positiveInt(step.outputCapBytes, DEFAULT_OUTPUT_CAP_BYTES);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);

  let child: ChildProcess;
  try {
    child = spawn(program, args, { shell: false, stdio: ["ignore", "pipe", "pipe"], env: commandEnvironment(), windowsHide: true });
  } catch (error) {
    return refuse(startFailureMessage(error, program));
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
        const message = startFailureMessage(error, program);
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

function startFailureMessage(error: unknown, program: string): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (code === "ENOENT") return `program not found: ${program}`;
  if (code === "EACCES") return `program not executable: ${program} (permission denied)`;
  return `The program ${program} could not be started${typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code) ? ` (${code})` : ""}.`;
}
