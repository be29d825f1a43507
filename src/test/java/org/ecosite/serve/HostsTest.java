package org.ecosite.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;

class HostsTest {

    @Test
    void onLoopbackOnlyLoopbackNamesAndAddressesAreAnswered() {
        Hosts hosts = new Hosts(new InetSocketAddress("127.0.0.1", 1313));
        for (String ok : List.of("127.0.0.1:1313", "localhost:1313", "LOCALHOST", "localhost.", "site.localhost:1313",
                "[::1]:1313", "127.0.0.2", "127.0.0.1")) {
            assertTrue(hosts.allows(ok), ok);
        }
        for (String bad : List.of("evil.example:1313", "localhost.evil.example", "127.0.0.1.nip.io", "10.0.0.1",
                "[fe80::1]", "999.0.0.1", "", "a b", "localhost:1313:1", "[::1")) {
            assertFalse(hosts.allows(bad), bad);
        }
    }

    @Test
    void theHostItWasToldToBindToIsAnsweredAndOnEveryInterfaceAnyAddress() {
        Hosts named = new Hosts(InetSocketAddress.createUnresolved("preview.lan", 1313));
        assertTrue(named.allows("preview.lan:1313"));
        assertTrue(named.allows("localhost:1313"));
        assertFalse(named.allows("evil.example:1313"));
        Hosts everywhere = new Hosts(new InetSocketAddress("0.0.0.0", 1313));
        assertTrue(everywhere.allows("192.168.1.20:1313"));
        assertTrue(everywhere.allows("[fe80::1]:1313"));
        assertFalse(everywhere.allows("rebind.evil.example:1313"));
    }
}
