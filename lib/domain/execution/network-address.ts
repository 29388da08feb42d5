// Which network addresses an HTTP_CHECK may reach (PRODUCT.md "Domain": HTTP_CHECK reaches only
// hosts on the environment's allow-list). Pure: the executor resolves a name once, asks these
// functions about every address it got, and connects to the address it checked — never to a
// second resolution of the name.
//
// An allow-listed *name* is the admin's trust in a public service, not in whatever the name
// resolves to today: a name answering with a loopback, link-local or private address (a DNS
// record or an /etc/hosts line pointing it inward) is refused, unless the admin allow-listed that
// literal address itself.

/** Why an address is not public; null when it is an ordinary public unicast address. */
export type TAddressClass = "loopback" | "link-local" | "private" | "shared (CGNAT)" | "unspecified" | "multicast" | "reserved";

const CLASS_LABEL: Record<TAddressClass, string> = {
  loopback: "a loopback address",
  "link-local": "a link-local address",
  private: "a private address",
  "shared (CGNAT)": "a shared (CGNAT, 100.64.0.0/10) address",
  unspecified: "an unspecified address",
  multicast: "a multicast address",
  reserved: "a reserved address",
};

export const describeAddressClass = (kind: TAddressClass): string => CLASS_LABEL[kind];

/** The four octets of a dotted-quad IPv4 address, or null. */
export function parseIpv4(text: string): [number, number, number, number] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const octets = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return octets.every((o) => o >= 0 && o <= 255) ? (octets as [number, number, number, number]) : null;
}

/** The eight 16-bit groups of an IPv6 address (brackets, zone and a dotted IPv4 tail allowed), or null. */
export function parseIpv6(text: string): number[] | null {
  let s = text.trim().toLowerCase();
  if (s.startsWith("[") && s.endsWith("]")) s = s.slice(1, -1);
  s = s.replace(/%.*$/, "");
  if (!s.includes(":") || !/^[0-9a-f:.]+$/.test(s)) return null;
  const lastColon = s.lastIndexOf(":");
  const last = s.slice(lastColon + 1);
  if (last.includes(".")) {
    // "::ffff:1.2.3.4" → "::ffff:102:304"
    const v4 = parseIpv4(last);
    if (!v4) return null;
    s = `${s.slice(0, lastColon + 1)}${((v4[0] << 8) | v4[1]).toString(16)}:${((v4[2] << 8) | v4[3]).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const toGroups = (part: string) => (part === "" ? [] : part.split(":"));
  const head = toGroups(halves[0]!);
  const rest = halves.length === 2 ? toGroups(halves[1]!) : [];
  if ([...head, ...rest].some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return null;
  const explicit = head.length + rest.length;
  if (halves.length === 1 ? explicit !== 8 : explicit > 7) return null;
  const zeros = new Array<number>(8 - explicit).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...(halves.length === 2 ? zeros : []), ...rest.map((g) => parseInt(g, 16))];
}

function classifyIpv4([a, b, c]: [number, number, number, number]): TAddressClass | null {
  if (a === 127) return "loopback";
  if (a === 0) return "unspecified"; // 0.0.0.0/8 "this network": 0.0.0.0 reaches the local host
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return "private"; // RFC 1918
  if (a === 100 && b >= 64 && b <= 127) return "shared (CGNAT)"; // RFC 6598
  if (a === 169 && b === 254) return "link-local"; // RFC 3927, cloud metadata services live here
  if (a >= 224 && a <= 239) return "multicast";
  if (a >= 240) return "reserved"; // incl. 255.255.255.255
  if (a === 192 && b === 0 && c === 0) return "reserved"; // RFC 6890 protocol assignments
  if (a === 198 && (b === 18 || b === 19)) return "reserved"; // RFC 2544 benchmarking
  return null;
}

/**
 * The class of a literal IPv4 or IPv6 address, null for a public one. IPv6 forms that carry an
 * IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16)
 * are judged by the IPv4 address they reach. Throws on text that is not an address.
 */
export function classifyAddress(address: string): TAddressClass | null {
  const v4 = parseIpv4(address);
  if (v4) return classifyIpv4(v4);
  const g = parseIpv6(address);
  if (!g) throw new Error("not an IP address");
  const embedded = (hi: number, lo: number): [number, number, number, number] => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return "unspecified";
  if (zeroUpTo(7) && g[7] === 1) return "loopback";
  if (zeroUpTo(5) && g[5] === 0xffff) return classifyIpv4(embedded(g[6]!, g[7]!)); // ::ffff:a.b.c.d
  if (zeroUpTo(6)) return classifyIpv4(embedded(g[6]!, g[7]!)) ?? "reserved"; // ::a.b.c.d (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return classifyIpv4(embedded(g[6]!, g[7]!));
  if (g[0] === 0x2002) return classifyIpv4(embedded(g[1]!, g[2]!));
  if ((g[0]! & 0xffc0) === 0xfe80) return "link-local";
  if ((g[0]! & 0xffc0) === 0xfec0) return "private"; // site-local (deprecated)
  if ((g[0]! & 0xfe00) === 0xfc00) return "private"; // ULA fc00::/7
  if ((g[0]! & 0xff00) === 0xff00) return "multicast";
  return null;
}

export const isIpAddress = (text: string): boolean => parseIpv4(text) !== null || parseIpv6(text) !== null;

/** One canonical text per address, so "::FFFF:7f00:1" and "::ffff:127.0.0.1" compare equal. */
export function canonicalAddress(address: string): string | null {
  const v4 = parseIpv4(address);
  if (v4) return v4.join(".");
  const g = parseIpv6(address);
  return g ? g.map((x) => x.toString(16)).join(":") : null;
}

// ---------------------------------------------------------------------------------------------
// The allow-list

/** An allow-list entry: a host (name or address, stored without brackets) and a port, or null for 80 and 443. */
export type TAllowEntry = { host: string; port: number | null };

/** Ports an entry without a port allows: the default ports of http and https. */
export const DEFAULT_HTTP_PORTS: readonly number[] = [80, 443];

const HOST_NAME = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*$/;

/** "host", "host:port", "[v6]:port" or a bare IPv6 address, lower case, without a trailing dot; null when malformed. */
export function parseAllowEntry(raw: string): TAllowEntry | null {
  const entry = raw.trim().toLowerCase();
  const toPort = (text: string) => (/^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535 ? Number(text) : null);
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(entry);
  let host: string;
  let port: number | null = null;
  if (bracketed) {
    host = bracketed[1]!;
    if (bracketed[2] !== undefined && (port = toPort(bracketed[2])) === null) return null;
    return parseIpv6(host) ? { host, port } : null;
  }
  const colons = entry.split(":").length - 1;
  if (colons > 1) return parseIpv6(entry) ? { host: entry, port: null } : null;
  host = entry.split(":")[0]!;
  if (colons === 1 && (port = toPort(entry.slice(entry.indexOf(":") + 1))) === null) return null;
  host = host.replace(/\.$/, "");
  if (parseIpv4(host)) return { host, port };
  // a name whose last label is all digits is a mistyped IPv4 address, not a name
  return HOST_NAME.test(host) && !/(^|\.)\d+$/.test(host) ? { host, port } : null;
}

/** The entry as stored and shown: "host", "host:port", "[v6]:port". */
export function formatAllowEntry(entry: TAllowEntry): string {
  const host = entry.host.includes(":") && entry.port !== null ? `[${entry.host}]` : entry.host;
  return entry.port === null ? host : `${host}:${entry.port}`;
}

const sameHost = (a: string, b: string) => {
  if (a === b) return true;
  const ca = canonicalAddress(a);
  return ca !== null && ca === canonicalAddress(b);
};
const portAllowed = (entry: TAllowEntry, port: number) => (entry.port === null ? DEFAULT_HTTP_PORTS.includes(port) : entry.port === port);

export type THttpTargetDecision = { ok: true; host: string; port: number; isLiteralAddress: boolean } | { ok: false; rule: "host_not_listed" | "port_not_listed"; message: string };

/**
 * Whether a URL's host and port are on the allow-list. An entry without a port allows ports 80
 * and 443 only; "host:port" allows that port. `url` is a WHATWG URL, whose parser already turned
 * IPv4 spellings like 2130706433 or 0x7f.1 into dotted quads.
 */
export function decideHttpTarget(url: URL, allowList: readonly string[]): THttpTargetDecision {
  const host = url.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const entries = allowList.map(parseAllowEntry).filter((e): e is TAllowEntry => e !== null);
  const forHost = entries.filter((e) => sameHost(e.host, host));
  const shown = url.host;
  if (forHost.length === 0) {
    return {
      ok: false,
      rule: "host_not_listed",
      message: `The host ${shown} is not on this environment's HTTP allow-list: an administrator can add it under Admin → Environments.`,
    };
  }
  if (!forHost.some((e) => portAllowed(e, port))) {
    const listed = forHost.map((e) => (e.port === null ? "80 and 443" : String(e.port))).join(", ");
    return {
      ok: false,
      rule: "port_not_listed",
      message: `Port ${port} of ${host} is not on this environment's HTTP allow-list (it allows ports ${listed} of this host): an administrator can add ${formatAllowEntry({ host, port })} under Admin → Environments.`,
    };
  }
  return { ok: true, host, port, isLiteralAddress: isIpAddress(host) };
}

export type TAddressDecision = { ok: true } | { ok: false; rule: "address_not_public"; message: string };

/**
 * Whether a checked host may be reached at `address` (one it resolved to). A public address is
 * fine; a loopback, link-local, private or otherwise non-public one only when the allow-list
 * names that literal address with the port (the admin meant exactly that endpoint).
 */
export function decideResolvedAddress(target: { host: string; port: number }, address: string, allowList: readonly string[]): TAddressDecision {
  const kind = classifyAddress(address);
  if (kind === null) return { ok: true };
  const isListed = allowList.map(parseAllowEntry).some((e) => e !== null && isIpAddress(e.host) && sameHost(e.host, address) && portAllowed(e, target.port));
  if (isListed) return { ok: true };
  const literal = formatAllowEntry({ host: canonicalAddress(address) === canonicalAddress(target.host) ? target.host : address, port: target.port });
  const subject = isIpAddress(target.host) ? `${target.host} is ${describeAddressClass(kind)}` : `${target.host} resolves to ${address}, ${describeAddressClass(kind)}`;
  return {
    ok: false,
    rule: "address_not_public",
    message: `${subject}: HTTP checks reach loopback, link-local and private addresses only when an administrator allow-lists that address itself (${literal}).`,
  };
}
