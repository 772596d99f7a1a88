package vn.gov.quangngai.baocao.report.onboarding;

/**
 * Text as Keycloak can keep it: a client's name and description, and a group's attribute values,
 * are VARCHAR(255) columns in its database, while the registry takes agency names of up to 300
 * characters. Longer text is cut, marked with "…", never in the middle of a character; Keycloak
 * answers 500 to anything longer and makes nothing.
 */
final class KeycloakText {

    static final int MAX = 255;

    private KeycloakText() {
    }

    /** {@code text} if it fits in {@code max} characters, else its start and "…" in {@code max}. */
    static String within(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** {@code text} as one of Keycloak's columns keeps it. */
    static String fit(String text) {
        return within(text, MAX);
    }
}
