package vn.gov.quangngai.baocao.report.shared;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.gov.quangngai.baocao.support.caller.Actor;
import vn.gov.quangngai.baocao.support.caller.Roles;

/** The caller of the current request, from the token alone: roles, agency, and how the audit trail names them. */
@RequestScoped
public class CallerContext {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public CallerContext(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isReviewer() {
        return identity.hasRole(Roles.REVIEWER);
    }

    public boolean isReportReader() {
        return identity.hasRole(Roles.REPORT_READER);
    }

    public boolean isViewer() {
        return identity.hasRole(Roles.VIEWER);
    }

    /** Drafts are the agency's own and its reviewers'; everyone else reads submitted versions only. */
    public boolean seesDraftOf(String agency) {
        return isReviewer() || submitsFor(agency);
    }

    public boolean isSubmitter() {
        return identity.hasRole(Roles.SUBMITTER);
    }

    /** Reviewers, viewers, report readers and admins see every round; submitters only their agency's. */
    public boolean seesAllRounds() {
        return isReviewer() || isReportReader() || identity.hasRole(Roles.VIEWER) || identity.hasRole(Roles.ADMIN);
    }

    /** The agency code of the token's {@code agency_code} claim, or null. */
    public String agencyCode() {
        return Actor.claim(token, "agency_code");
    }

    /** A submitter acts for the agency of its token, and for no other. */
    public boolean submitsFor(String agency) {
        return isSubmitter() && agency.equals(agencyCode());
    }

    public Actor actor() {
        return Actor.of(token);
    }
}
