package io.claimdesk.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Names to addresses. The system's resolver in the app; tests give names of their own. */
@FunctionalInterface
public interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    /** Every address of the host; an IP literal is its own address and asks no server. */
    InetAddress[] resolve(String host) throws UnknownHostException;
}
