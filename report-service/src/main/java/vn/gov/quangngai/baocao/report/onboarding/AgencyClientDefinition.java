package vn.gov.quangngai.baocao.report.onboarding;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

/**
 * What an agency system's client is in Keycloak: a confidential client with a service account and
 * nothing else (no browser flow, no password grant), the claim mappers of the realm's own agency
 * system client ({@code agency-bdt-system}: audience report-service, {@code agency_code} and
 * {@code agency_name} from the agency group), marked with the agency it was made for.
 */
final class AgencyClientDefinition {

    static final String AGENCY_ATTRIBUTE = "baocao.agency";
    static final String CREATED_ATTRIBUTE = "baocao.created-at";
    private static final String PREFIX = "agency-";
    // no 0/o, 1/l: a client id is read aloud and typed by people too
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int SUFFIX_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NAME_SUFFIX = " reporting system";

    private AgencyClientDefinition() {
    }

    /** A new client id for the agency, e.g. {@code agency-minhlong-k7q2xp}. */
    static String newClientId(String agencyCode) {
        StringBuilder id = new StringBuilder(idPrefix(agencyCode));
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }

    /** What every client id of the agency starts with. */
    static String idPrefix(String agencyCode) {
        return PREFIX + agencyCode.toLowerCase(Locale.ROOT) + "-";
    }

    static ClientRepresentation of(String clientId, String agencyCode, String agencyName, OffsetDateTime createdAt) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(KeycloakText.within(agencyName, KeycloakText.MAX - NAME_SUFFIX.length()) + NAME_SUFFIX);
        client.setDescription(KeycloakText.fit(agencyName + "'s own system posting its reports through the API as a " + agencyCode
                + " submitter. Made by report-service for an administrator; listed, rotated and disabled there."));
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFrontchannelLogout(false);
        client.setFullScopeAllowed(true);
        client.setAttributes(new LinkedHashMap<>(Map.of(AGENCY_ATTRIBUTE, agencyCode, CREATED_ATTRIBUTE, createdAt.toString())));
        client.setProtocolMappers(mappers());
        return client;
    }

    /** The agency the client was made for, or null for a client made otherwise. */
    static String agencyOf(ClientRepresentation client) {
        return client.getAttributes() == null ? null : client.getAttributes().get(AGENCY_ATTRIBUTE);
    }

    static OffsetDateTime createdAt(ClientRepresentation client) {
        String created = client.getAttributes() == null ? null : client.getAttributes().get(CREATED_ATTRIBUTE);
        return created == null ? null : OffsetDateTime.parse(created);
    }

    static List<ProtocolMapperRepresentation> mappers() {
        return List.of(
                mapper("audience report-service", "oidc-audience-mapper", Map.of(
                        "included.client.audience", "report-service",
                        "access.token.claim", "true",
                        "id.token.claim", "false",
                        "introspection.token.claim", "true")),
                groupAttribute("agency_code"),
                groupAttribute("agency_name"));
    }

    /** A user attribute also read from the user's groups: the agency group's attribute reaches the token. */
    private static ProtocolMapperRepresentation groupAttribute(String attribute) {
        return mapper(attribute, "oidc-usermodel-attribute-mapper", Map.of(
                "user.attribute", attribute,
                "claim.name", attribute,
                "jsonType.label", "String",
                "access.token.claim", "true",
                "id.token.claim", "true",
                "userinfo.token.claim", "true",
                "introspection.token.claim", "true",
                "multivalued", "false",
                "aggregate.attrs", "false"));
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        mapper.setConfig(new LinkedHashMap<>(config));
        return mapper;
    }
}
