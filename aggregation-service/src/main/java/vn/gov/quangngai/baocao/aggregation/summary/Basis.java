package vn.gov.quangngai.baocao.aggregation.summary;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which reports a summary consolidates. */
public enum Basis {
    /** The latest version of every agency whose report is SUBMITTED or ACCEPTED (a returned one counts once resubmitted). */
    SUBMITTED(List.of("SUBMITTED", "ACCEPTED")),
    /** Accepted reports only. */
    ACCEPTED(List.of("ACCEPTED"));

    private final List<String> statuses;

    Basis(List<String> statuses) {
        this.statuses = statuses;
    }

    public List<String> statuses() {
        return statuses;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Basis> parse(String text) {
        for (Basis basis : values()) {
            if (basis.label().equalsIgnoreCase(text)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }
}
