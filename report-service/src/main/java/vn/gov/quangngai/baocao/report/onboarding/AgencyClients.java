package vn.gov.quangngai.baocao.report.onboarding;

import java.util.List;
import java.util.Optional;

/**
 * The confidential clients through which agencies' own systems get tokens (client-credentials
 * grant): each acts as a {@code submitter} of one agency. A client belongs to an agency when it was
 * made for it here; clients made otherwise (such as the realm's own) are never found through an
 * agency.
 */
public interface AgencyClients {

    /** A new client for the agency (its group made first if need be), with its secret. */
    ClientCredentials create(String agencyCode, String agencyName);

    /** The agency's clients, oldest first. */
    List<AgencyClient> list(String agencyCode);

    /** The agency's client of that id; empty when the agency has none of that id. */
    Optional<AgencyClient> find(String agencyCode, String clientId);

    /** A new secret for the agency's client; the old one stops working. */
    String rotateSecret(String agencyCode, String clientId);

    /** The client gets no more tokens; its secret is replaced too, so enabling it again would not revive the old one. */
    void disable(String agencyCode, String clientId);
}
