// Which addresses a feed may live at. A proxy on a city's server can reach places the public
// cannot (the intranet, the cloud metadata service, the box itself): those are refused unless
// the operator says otherwise. Ranges from the IANA special-purpose registries (RFC 6890 and
// its updates): https://www.iana.org/assignments/iana-ipv4-special-registry/
// No `node:` import here: this module runs on edge platforms too.

type Range = [number, number]; // [network as a 32-bit number, prefix length]

const V4_SPECIAL: Range[] = [
  [0x00000000, 8], // 0.0.0.0/8 "this network"
  [0x0a000000, 8], // 10.0.0.0/8 private
  [0x64400000, 10], // 100.64.0.0/10 carrier-grade NAT
  [0x7f000000, 8], // 127.0.0.0/8 loopback
  [0xa9fe0000, 16], // 169.254.0.0/16 link-local, cloud metadata (169.254.169.254)
  [0xac100000, 12], // 172.16.0.0/12 private
  [0xc0000000, 24], // 192.0.0.0/24 protocol assignments
  [0xc0000200, 24], // 192.0.2.0/24 documentation
  [0xc0a80000, 16], // 192.168.0.0/16 private
  [0xc6120000, 15], // 198.18.0.0/15 benchmarking
  [0xc6336400, 24], // 198.51.100.0/24 documentation
  [0xcb007100, 24], // 203.0.113.0/24 documentation
  [0xe0000000, 4], // 224.0.0.0/4 multicast
  [0xf0000000, 4], // 240.0.0.0/4 reserved, and 255.255.255.255
];

function v4Number(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    n = n * 256 + Number(part);
  }
  return n;
}

function v4Special(n: number): boolean {
  return V4_SPECIAL.some(([net, bits]) => n >>> (32 - bits) === net >>> (32 - bits));
}

/** The eight 16-bit groups of an IPv6 address, or undefined when it is not one. */
function v6Groups(ip: string): number[] | undefined {
  let text = ip.split('%')[0];
  // An embedded IPv4 address (`::ffff:127.0.0.1`) is the last group; read it without a regex
  // that could move along the whole string.
  const tail = text.slice(text.lastIndexOf(':') + 1);
  if (/^\d+\.\d+\.\d+\.\d+$/.test(tail)) {
    const n = v4Number(tail);
    if (n === undefined) return undefined;
    text = `${text.slice(0, -tail.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 2 ? missing : 0).fill(0), ...rest];
  return groups.every((g) => Number.isInteger(g)) ? groups : undefined;
}

function v6Special(g: number[]): boolean {
  const embedded = () => v4Special(((g[6] << 16) >>> 0) + g[7]);
  if (g.slice(0, 6).every((x) => x === 0)) return true; // ::, ::1, IPv4-compatible (deprecated)
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return embedded(); // ::ffff:a.b.c.d
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(); // NAT64
  if (g[0] === 0x2002) return v4Special(((g[1] << 16) >>> 0) + g[2]); // 6to4
  if ((g[0] & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local (AWS metadata fd00:ec2::254)
  if ((g[0] & 0xffc0) === 0xfe80 || (g[0] & 0xffc0) === 0xfec0) return true; // link-local, site-local
  if ((g[0] & 0xff00) === 0xff00) return true; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g[0] === 0x0100 && g.slice(1, 4).every((x) => x === 0)) return true; // discard
  return false;
}

/**
 * True for an address a public feed can never have: loopback, private, link-local (cloud
 * metadata), carrier-grade NAT, multicast, documentation and reserved ranges, in IPv4 and IPv6
 * (including IPv4 mapped into IPv6). Anything that is not an IP address counts as special.
 */
export function isSpecialAddress(ip: string): boolean {
  const bare = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
  const v4 = v4Number(bare);
  if (v4 !== undefined) return v4Special(v4);
  const groups = bare.includes(':') ? v6Groups(bare) : undefined;
  return groups ? v6Special(groups) : true;
}

/** True when a host name is an IP address literal (with or without IPv6 brackets). */
export function isAddressLiteral(host: string): boolean {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  return v4Number(bare) !== undefined || (bare.includes(':') && v6Groups(bare) !== undefined);
}
