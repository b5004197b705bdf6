package io.claimdesk.fetch;

import org.junit.jupiter.api.Test;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicAddressesTest {

    @Test
    void addressesOutsideThePublicInternetAreNamedForWhatTheyAre() throws UnknownHostException {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("10.12.0.7", "a private"),
                Map.entry("172.16.0.1", "a private"),
                Map.entry("172.31.255.254", "a private"),
                Map.entry("192.168.1.20", "a private"),
                Map.entry("127.0.0.1", "a loopback"),
                Map.entry("127.8.9.10", "a loopback"),
                Map.entry("169.254.169.254", "a link-local"),
                Map.entry("100.64.0.1", "a carrier-grade NAT"),
                Map.entry("100.127.255.254", "a carrier-grade NAT"),
                Map.entry("0.0.0.0", "an unspecified"),
                Map.entry("224.0.0.251", "a multicast"),
                Map.entry("255.255.255.255", "a reserved"),
                Map.entry("192.0.2.10", "a documentation"),
                Map.entry("::1", "a loopback"),
                Map.entry("::", "an unspecified"),
                Map.entry("fe80::1", "a link-local"),
                Map.entry("fc00::1", "a private"),
                Map.entry("fd12:3456::1", "a private"),
                Map.entry("ff02::1", "a multicast"),
                Map.entry("2001:db8::1", "a documentation"),
                Map.entry("2002:a00:1::1", "a 6to4"),
                Map.entry("64:ff9b::a00:1", "a reserved")));
        Map<String, String> found = new TreeMap<>();
        for (String address : expected.keySet()) {
            found.put(address, PublicAddresses.notPublic(InetAddress.getByName(address)));
        }
        assertEquals(expected, found);
    }

    @Test
    void anIpv4AddressInsideAnIpv6OneIsJudgedAsItself() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 10, 0, 0, 1};
        byte[] mappedPublic = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 93, (byte) 184, (byte) 216, 34};
        assertEquals("a private", PublicAddresses.notPublic(Inet6Address.getByAddress(null, mapped, -1)));
        assertEquals("a private", PublicAddresses.notPublic(InetAddress.getByName("::ffff:10.0.0.1")));
        assertNull(PublicAddresses.notPublic(Inet6Address.getByAddress(null, mappedPublic, -1)));
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        for (String address : new String[]{"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "172.15.255.255",
                "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"}) {
            assertNull(PublicAddresses.notPublic(InetAddress.getByName(address)), address);
        }
    }
}
