// How COMMAND steps are kept away from the server's secrets (PRODUCT.md "Domain": a command runs
// with an allow-listed environment and cannot read the server's secrets).
//
// An environment built from an allow-list keeps secrets out of the child's own environment, but
// a program running as the server's user can still read them back: /proc/<server pid>/environ,
// /proc/1/environ, the generated .data/secrets.json (mode 0600). What actually protects is a
// different, unprivileged user: the kernel lets no other user read a process's environ, and a
// 0600 file stays closed. So a command runs as PHASELINE_COMMAND_USER (default `nobody`) through
// spawn's uid/gid (libuv drops the supplementary groups too), which needs CAP_SETUID and
// CAP_SETGID — root has them. Without them, commands are refused, unless the operator opted out
// with PHASELINE_COMMANDS_WITHOUT_ISOLATION (refused in production by lib/env.ts).
//
// bubblewrap / nsjail are not used: neither is installed where Phaseline is built and tested, and
// a sandbox run as the server's own user would still need a separate user (or a hidden data dir
// and /proc) to close the files above.
import "server-only";
import { readFileSync } from "node:fs";
import { getEnv } from "@/lib/env";

export type TCommandIsolation =
  /** commands run as this other, unprivileged user */
  | { kind: "user"; user: string; uid: number; gid: number }
  /** the operator's opt-out: commands run as the server's own user */
  | { kind: "none"; reason: string }
  /** commands are refused: no isolation possible, no opt-out */
  | { kind: "unavailable"; reason: string };

export type TIsolationProbe = {
  /** the server's user id; null where there are none (Windows) */
  uid: number | null;
  /** the CapEff line of /proc/self/status (hex), null when unreadable */
  capEff: string | null;
  /** the text of /etc/passwd, null when unreadable */
  passwd: string | null;
  user: string;
  isOptOut: boolean;
};

const CAP_SETGID = 6n;
const CAP_SETUID = 7n;

/** Whether the process may switch to another user: CAP_SETUID and CAP_SETGID effective (root without /proc: assumed). */
function canSwitchUser(probe: TIsolationProbe): boolean {
  if (probe.capEff === null || !/^[0-9a-f]+$/i.test(probe.capEff)) return probe.uid === 0;
  const caps = BigInt(`0x${probe.capEff}`);
  return ((caps >> CAP_SETUID) & 1n) === 1n && ((caps >> CAP_SETGID) & 1n) === 1n;
}

/** The uid and gid of `user` in an /etc/passwd text, or null. */
export function findPasswdUser(passwd: string, user: string): { uid: number; gid: number } | null {
  for (const line of passwd.split("\n")) {
    const [name, , uid, gid] = line.split(":");
    if (name === user && /^\d+$/.test(uid ?? "") && /^\d+$/.test(gid ?? "")) return { uid: Number(uid), gid: Number(gid) };
  }
  return null;
}

/** What isolation this process can give commands, from what it found about itself. Pure. */
export function decideCommandIsolation(probe: TIsolationProbe): TCommandIsolation {
  const unavailable = (reason: string): TCommandIsolation =>
    probe.isOptOut
      ? { kind: "none", reason: `${reason}; PHASELINE_COMMANDS_WITHOUT_ISOLATION is set, so commands run as the server's own user and can read its secrets` }
      : { kind: "unavailable", reason };
  if (probe.uid === null) return unavailable("this platform has no user ids to run commands under");
  const target = probe.passwd === null ? null : findPasswdUser(probe.passwd, probe.user);
  if (!target) return unavailable(`there is no user named ${probe.user} (PHASELINE_COMMAND_USER) to run commands as`);
  if (target.uid === probe.uid || target.uid === 0) return unavailable(`the command user ${probe.user} must be another, unprivileged user than the server's`);
  if (!canSwitchUser(probe)) return unavailable(`the server cannot switch to the user ${probe.user}: it needs CAP_SETUID and CAP_SETGID (run it as root, or grant them)`);
  return { kind: "user", user: probe.user, uid: target.uid, gid: target.gid };
}

const readOrNull = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
};

let detected: TCommandIsolation | undefined;

/** This process's command isolation, found once (at the first command, or by logCommandIsolation at start). */
export function getCommandIsolation(): TCommandIsolation {
  if (detected) return detected;
  const env = getEnv();
  const status = readOrNull("/proc/self/status");
  detected = decideCommandIsolation({
    uid: typeof process.getuid === "function" ? process.getuid() : null,
    capEff: status === null ? null : (/^CapEff:\s*([0-9a-f]+)\s*$/im.exec(status)?.[1] ?? null),
    passwd: readOrNull("/etc/passwd"),
    user: env.PHASELINE_COMMAND_USER,
    isOptOut: env.PHASELINE_COMMANDS_WITHOUT_ISOLATION,
  });
  return detected;
}

/** One line for the start-up log: how commands will run, or why they will be refused. */
export function describeCommandIsolation(isolation: TCommandIsolation): string {
  if (isolation.kind === "user") return `COMMAND steps run as the user ${isolation.user} (uid ${isolation.uid}), with an allow-listed environment`;
  if (isolation.kind === "none") return `COMMAND steps run WITHOUT isolation: ${isolation.reason}`;
  return `COMMAND steps are refused: ${isolation.reason}`;
}

export const commandsNotIsolatedMessage = (reason: string) =>
  `Commands cannot run isolated on this server: ${reason}. An administrator fixes this (README "Commands"); the step did not run.`;
