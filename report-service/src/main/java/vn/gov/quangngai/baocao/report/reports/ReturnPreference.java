package vn.gov.quangngai.baocao.report.reports;

import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * The {@code return} preference of RFC 7240: with {@code Prefer: return=minimal} a write answers
 * with the same status and headers and no body, and says so in {@code Preference-Applied}. An
 * agency system that sends many reports spares itself reading each back.
 */
final class ReturnPreference {

    static final String PREFER = "Prefer";
    static final String APPLIED = "Preference-Applied";
    static final String MINIMAL = "return=minimal";

    private ReturnPreference() {
    }

    /** Whether the header asks for {@code return=minimal} among its preferences (names and values compare case-insensitively). */
    static boolean minimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String[] nameAndValue = preference.split(";", 2)[0].split("=", 2);
            if (nameAndValue.length == 2 && nameAndValue[0].strip().equalsIgnoreCase("return")
                    && nameAndValue[1].strip().replace("\"", "").toLowerCase(Locale.ROOT).equals("minimal")) {
                return true;
            }
        }
        return false;
    }

    /** The answer with {@code entity} as its body, or without a body when the caller prefers it minimal. */
    static Response answer(Response.ResponseBuilder answer, String prefer, Object entity) {
        answer.header("Vary", PREFER);
        if (minimal(prefer)) {
            return answer.header(APPLIED, MINIMAL).build();
        }
        return answer.entity(entity).build();
    }
}
