package vn.gov.quangngai.baocao.support.http;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Hands the check of request targets from Quarkus to {@link RequestGuard} in the services that
 * have the guard, and only there. Quarkus refuses a target that {@link java.net.URI} cannot parse
 * (a broken {@code %}-escape, a {@code |}) with a bare 400 before any route runs, unless the system
 * property {@code vertx.disableURIValidation} is set when its HTTP recorder is loaded; the guard
 * makes the same check and answers with a problem. A configuration source is the one piece of an
 * application that is loaded before that recorder; it holds no configuration of its own.
 */
public class UriCheckHandover implements ConfigSource {

    static final String PROPERTY = "vertx.disableURIValidation";

    static {
        System.setProperty(PROPERTY, "true");
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public String getValue(String propertyName) {
        return null;
    }

    @Override
    public String getName() {
        return "baocao-uri-check-handover";
    }

    @Override
    public int getOrdinal() {
        return Integer.MIN_VALUE;
    }
}
