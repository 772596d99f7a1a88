package vn.gov.quangngai.baocao.support.i18n;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/** The languages answers are written in: Vietnamese, unless the caller prefers English ({@code Accept-Language: en}). */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** The language of the request being served (its Accept-Language); Vietnamese outside a request. */
    public static Locale current() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? VIETNAMESE : ofHeader(request.getHttpHeaders().getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The first of the caller's acceptable languages that we write; Vietnamese when none is. */
    public static Locale of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if (locale.getLanguage().equals("vi")) {
                    return VIETNAMESE;
                }
                if (locale.getLanguage().equals("en")) {
                    return ENGLISH;
                }
            }
        }
        return VIETNAMESE;
    }

    /** The same, from an {@code Accept-Language} header value (q-values honoured). */
    public static Locale ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return VIETNAMESE;
        }
        try {
            return of(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList());
        } catch (IllegalArgumentException unreadable) {
            return VIETNAMESE;
        }
    }
}
