package io.claimdesk.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;

/**
 * Whether an address is on the public internet. A link is untrusted input: without this check it could make the
 * desk read its own admin pages (127.0.0.1), the newsroom's intranet (10.x) or a cloud's metadata service
 * (169.254.169.254) and store what they say as an article.
 *
 * <p>IPv4 is refused by the ranges IANA lists as not globally reachable; IPv6 is allowed only in global unicast
 * (2000::/3), without the documentation range and the transition ranges that carry an IPv4 address inside (6to4,
 * Teredo), so that a mapped or embedded private IPv4 address cannot slip through.
 */
final class PublicAddresses {

    private record Block(byte[] prefix, int bits, String kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> IPV4_NOT_PUBLIC = List.of(
            v4(0, 0, 0, 0, 8, "an unspecified"),
            v4(10, 0, 0, 0, 8, "a private"),
            v4(100, 64, 0, 0, 10, "a carrier-grade NAT"),
            v4(127, 0, 0, 0, 8, "a loopback"),
            v4(169, 254, 0, 0, 16, "a link-local"),
            v4(172, 16, 0, 0, 12, "a private"),
            v4(192, 0, 0, 0, 24, "a reserved"),
            v4(192, 0, 2, 0, 24, "a documentation"),
            v4(192, 88, 99, 0, 24, "a reserved"),
            v4(192, 168, 0, 0, 16, "a private"),
            v4(198, 18, 0, 0, 15, "a benchmarking"),
            v4(198, 51, 100, 0, 24, "a documentation"),
            v4(203, 0, 113, 0, 24, "a documentation"),
            v4(224, 0, 0, 0, 4, "a multicast"),
            v4(240, 0, 0, 0, 4, "a reserved"));

    private static final Block IPV6_GLOBAL = v6(0x20, 0x00, 3, "a global");
    private static final List<Block> IPV6_NOT_PUBLIC = List.of(
            v6(0x20, 0x01, 32, "a Teredo"),
            v6(0x20, 0x02, 16, "a 6to4"));
    private static final Block IPV6_DOCUMENTATION = new Block(
            new byte[]{0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 32, "a documentation");

    private PublicAddresses() {
    }

    /** Null when the address is public; otherwise its kind, for the refusal ("a private", "a loopback"). */
    static String notPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return IPV4_NOT_PUBLIC.stream().filter(b -> b.contains(bytes)).map(Block::kind).findFirst().orElse(null);
        }
        if (address instanceof Inet6Address) {
            if (address.isLoopbackAddress()) {
                return "a loopback";
            }
            if (address.isAnyLocalAddress()) {
                return "an unspecified";
            }
            Inet4Address embedded = mappedIpv4(bytes);
            if (embedded != null) {
                return notPublic(embedded);
            }
            if (address.isLinkLocalAddress()) {
                return "a link-local";
            }
            if (address.isMulticastAddress()) {
                return "a multicast";
            }
            if ((bytes[0] & 0xFE) == 0xFC) {
                return "a private";
            }
            if (IPV6_DOCUMENTATION.contains(bytes)) {
                return IPV6_DOCUMENTATION.kind();
            }
            for (Block block : IPV6_NOT_PUBLIC) {
                if (block.contains(bytes)) {
                    return block.kind();
                }
            }
            return IPV6_GLOBAL.contains(bytes) ? null : "a reserved";
        }
        return "an unknown kind of";
    }

    /** The IPv4 address inside ::ffff:a.b.c.d (mapped) or ::a.b.c.d (compatible), else null. */
    private static Inet4Address mappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return null;
            }
        }
        boolean mapped = (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
        boolean compatible = bytes[10] == 0 && bytes[11] == 0;
        if (!mapped && !compatible) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[]{bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (java.net.UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Block v4(int a, int b, int c, int d, int bits, String kind) {
        return new Block(new byte[]{(byte) a, (byte) b, (byte) c, (byte) d}, bits, kind);
    }

    private static Block v6(int first, int second, int bits, String kind) {
        byte[] prefix = new byte[16];
        prefix[0] = (byte) first;
        prefix[1] = (byte) second;
        return new Block(prefix, bits, kind);
    }
}
