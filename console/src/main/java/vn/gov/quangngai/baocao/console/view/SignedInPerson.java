package vn.gov.quangngai.baocao.console.view;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.Normalizer;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is signed in, for what pages show: their name and which buttons to offer. It decides
 * nothing: every read and change goes to the services with the person's token, and they decide.
 */
@RequestScoped
@Named("person")
public class SignedInPerson {

    static final String REVIEWER = "reviewer";
    static final String VIEWER = "viewer";
    static final String SUBMITTER = "submitter";

    private final SecurityIdentity identity;

    public SignedInPerson(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String name() {
        String name = claim("name");
        return name == null || name.isBlank() ? username() : name;
    }

    public String username() {
        String username = claim("preferred_username");
        return username == null ? (signedIn() ? identity.getPrincipal().getName() : "") : username;
    }

    public String agencyName() {
        return claim("agency_name");
    }

    /** Reviewers (SNV staff) return and accept reports, open rounds, take snapshots. */
    public boolean reviewer() {
        return signedIn() && identity.hasRole(REVIEWER);
    }

    /** Reviewers and viewers see every round's board and summary. */
    public boolean seesAllRounds() {
        return reviewer() || (signedIn() && identity.hasRole(VIEWER));
    }

    /** The role in words, beside the name at the top of every page. */
    public String roleLabel() {
        if (reviewer()) {
            return "Chuyên viên Sở Nội vụ";
        }
        if (seesAllRounds()) {
            return "Người xem";
        }
        if (signedIn() && identity.hasRole(SUBMITTER)) {
            return agencyName() == null ? "Cán bộ cơ quan" : "Cán bộ " + agencyName();
        }
        return "Người dùng";
    }

    private String claim(String name) {
        if (!signedIn() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : Normalizer.normalize(value.toString(), Normalizer.Form.NFC);
    }
}
