package vn.gov.quangngai.baocao.report.onboarding;

/** An agency's group in the realm: its Keycloak id, the agency code (attribute {@code agency_code}) and name ({@code agency_name}). */
public record AgencyGroup(String id, String code, String name) {
}
