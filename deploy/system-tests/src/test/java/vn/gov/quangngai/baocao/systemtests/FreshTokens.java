package vn.gov.quangngai.baocao.systemtests;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.quangngai.baocao.identity.KeycloakTokens;

/**
 * Password-grant tokens of users whose password is their user name (the demo and bench users),
 * fetched again before they expire: the realm's access tokens live 5 minutes, a benchmark longer.
 */
final class FreshTokens {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(4);

    private record Issued(String token, Instant at) {
    }

    private final KeycloakTokens tokens;
    private final Map<String, Issued> byUser = new ConcurrentHashMap<>();

    FreshTokens(KeycloakTokens tokens) {
        this.tokens = tokens;
    }

    /** Fetches every token again now, e.g. before Keycloak goes away for a while. */
    void renewAll() {
        byUser.replaceAll((user, issued) -> new Issued(tokens.forUser(user, user), Instant.now()));
    }

    String of(String username) {
        return byUser.compute(username, (user, issued) -> issued != null && issued.at().plus(REFRESH_AFTER).isAfter(Instant.now())
                ? issued : new Issued(tokens.forUser(user, user), Instant.now())).token();
    }
}
