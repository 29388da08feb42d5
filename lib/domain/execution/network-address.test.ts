import { describe, expect, it } from "vitest";
import { canonicalAddress, classifyAddress, decideHttpTarget, decideResolvedAddress, parseAllowEntry, parseIpv6 } from "./network-address";

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["::", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["100.64.0.1", "shared (CGNAT)"],
    ["100.127.255.254", "shared (CGNAT)"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "reserved"],
    // IPv6 forms that reach an IPv4 address are judged by it
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:10.1.2.3", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::a00:1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["[::1]", "loopback"],
  ])("%s is %s", (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.15.0.1", "172.32.0.1", "100.63.255.255", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it("refuses text that is not an address", () => {
    for (const text of ["localhost", "1.2.3", "256.0.0.1", "01.2.3.4", "1::2::3", "12345::", "::ffff:1.2.3.999"]) expect(() => classifyAddress(text)).toThrow();
  });

  it("reads every IPv6 spelling to the same groups", () => {
    expect(parseIpv6("::ffff:127.0.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6("1::8")).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(canonicalAddress("::FFFF:7f00:1")).toBe(canonicalAddress("::ffff:127.0.0.1"));
  });
});

describe("parseAllowEntry", () => {
  it("reads host, host:port and IPv6 forms", () => {
    expect(parseAllowEntry(" API.Example.com. ")).toEqual({ host: "api.example.com", port: null });
    expect(parseAllowEntry("api.example.com:8443")).toEqual({ host: "api.example.com", port: 8443 });
    expect(parseAllowEntry("127.0.0.1:3000")).toEqual({ host: "127.0.0.1", port: 3000 });
    expect(parseAllowEntry("[::1]:8080")).toEqual({ host: "::1", port: 8080 });
    expect(parseAllowEntry("::1")).toEqual({ host: "::1", port: null });
    for (const bad of ["", "host:", "host:0", "host:65536", "host:http", "[::1]:x", ":80", "http://host", "host/path", "1.2.3", "*.example.com", "[nothost]:80"])
      expect(parseAllowEntry(bad)).toBeNull();
  });
});

describe("decideHttpTarget", () => {
  const decide = (url: string, list: string[]) => decideHttpTarget(new URL(url), list);

  it("allows a host entry on ports 80 and 443 only", () => {
    expect(decide("https://api.example.com/health", ["api.example.com"])).toMatchObject({ ok: true, host: "api.example.com", port: 443, isLiteralAddress: false });
    expect(decide("http://api.example.com/health", ["api.example.com"])).toMatchObject({ ok: true, port: 80 });
    expect(decide("http://api.example.com:8080/", ["api.example.com"])).toMatchObject({ ok: false, rule: "port_not_listed" });
    expect(decide("http://api.example.com:8080/", ["api.example.com"])).toMatchObject({
      message:
        "Port 8080 of api.example.com is not on this environment's HTTP allow-list (it allows ports 80 and 443 of this host): an administrator can add api.example.com:8080 under Admin → Environments.",
    });
  });

  it("allows a host:port entry on that port only", () => {
    expect(decide("http://127.0.0.1:3000/", ["127.0.0.1:3000"])).toMatchObject({ ok: true, isLiteralAddress: true });
    expect(decide("http://127.0.0.1:3001/", ["127.0.0.1:3000"])).toMatchObject({ ok: false, rule: "port_not_listed" });
    expect(decide("https://api.example.com/", ["api.example.com:8443"])).toMatchObject({ ok: false, rule: "port_not_listed" });
    expect(decide("http://[::1]:8080/", ["[::1]:8080"])).toMatchObject({ ok: true, host: "::1" });
  });

  it("matches hosts exactly", () => {
    expect(decide("https://API.example.com./x", ["api.example.com"]).ok).toBe(true);
    expect(decide("https://evil-api.example.com/", ["api.example.com"])).toMatchObject({ ok: false, rule: "host_not_listed" });
    expect(decide("https://api.example.com.evil.test/", ["api.example.com"])).toMatchObject({ ok: false, rule: "host_not_listed" });
    // the URL parser turns other IPv4 spellings into the dotted quad before the check
    expect(decide("http://2130706433/", ["127.0.0.1"])).toMatchObject({ ok: true, host: "127.0.0.1" });
    expect(decide("http://[::ffff:127.0.0.1]/", ["::ffff:7f00:1"]).ok).toBe(true);
  });
});

describe("decideResolvedAddress", () => {
  it("allows a public address", () => {
    expect(decideResolvedAddress({ host: "api.example.com", port: 443 }, "93.184.216.34", ["api.example.com"])).toEqual({ ok: true });
  });

  it("refuses a name that resolves inward, saying which rule refused", () => {
    const decision = decideResolvedAddress({ host: "localhost", port: 3000 }, "127.0.0.1", ["localhost:3000"]);
    expect(decision).toEqual({
      ok: false,
      rule: "address_not_public",
      message:
        "localhost resolves to 127.0.0.1, a loopback address: HTTP checks reach loopback, link-local and private addresses only when an administrator allow-lists that address itself (127.0.0.1:3000).",
    });
    for (const address of ["10.0.0.5", "169.254.169.254", "::1", "::ffff:127.0.0.1", "fd00::1", "100.64.1.1", "0.0.0.0"]) {
      expect(decideResolvedAddress({ host: "internal.example.com", port: 443 }, address, ["internal.example.com"]).ok).toBe(false);
    }
  });

  it("allows a non-public address the admin allow-listed literally, with its port", () => {
    expect(decideResolvedAddress({ host: "127.0.0.1", port: 3000 }, "127.0.0.1", ["127.0.0.1:3000"])).toEqual({ ok: true });
    expect(decideResolvedAddress({ host: "localhost", port: 3000 }, "127.0.0.1", ["localhost:3000", "127.0.0.1:3000"])).toEqual({ ok: true });
    expect(decideResolvedAddress({ host: "localhost", port: 3000 }, "127.0.0.1", ["localhost:3000", "127.0.0.1:4000"]).ok).toBe(false);
    expect(decideResolvedAddress({ host: "10.0.0.5", port: 80 }, "10.0.0.5", ["10.0.0.5"])).toEqual({ ok: true });
  });
});
