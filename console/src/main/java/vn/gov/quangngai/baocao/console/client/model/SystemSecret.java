package vn.gov.quangngai.baocao.console.client.model;

/**
 * A connected system's secret, as the service hands it over once (on creation or rotation). The
 * console shows it on that one answer page and keeps it nowhere: never written to a log (its
 * {@link #toString()} leaves it out), a cookie, an address or a cache.
 */
public record SystemSecret(String clientId, String secret) {

    @Override
    public String toString() {
        return "SystemSecret[clientId=" + clientId + ", secret=(not shown)]";
    }
}
