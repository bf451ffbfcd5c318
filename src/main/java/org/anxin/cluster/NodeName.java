package org.anxin.cluster;

import java.util.UUID;

/**
 * This process's name on the leases it holds: the host's name and a random part, so two nodes on one host, or a node
 * restarted, are never taken for one another.
 */
public final class NodeName {

    private static final String NAME = host() + "/" + UUID.randomUUID().toString().substring(0, 8);

    private NodeName() {
    }

    public static String get() {
        return NAME;
    }

    private static String host() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "node" : host.substring(0, Math.min(host.length(), 60));
    }
}
