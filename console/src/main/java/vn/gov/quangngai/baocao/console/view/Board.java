package vn.gov.quangngai.baocao.console.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.gov.quangngai.baocao.console.client.model.ReportRow;
import vn.gov.quangngai.baocao.console.client.model.Round;

/**
 * A round's completeness board: every expected agency's line, the counts and chart computed from
 * those same lines (so the numbers on top always match the table), the late and missing agencies
 * named, and a fingerprint that changes exactly when something on the board would.
 */
public record Board(Round round, Round.Counts counts, StatusChart chart, List<ReportRow> rows, StatusWord filter,
                    List<Filter> filters, List<ReportRow> late, List<ReportRow> missing, String fingerprint, OffsetDateTime readAt) {

    /** A filter link: all agencies (status null) or those of one status, with how many there are. */
    public record Filter(String label, String status, int count, boolean current) {
    }

    public static Board of(Round round, List<ReportRow> all, String status, OffsetDateTime readAt) {
        StatusWord filter = status == null || status.isBlank() ? null : StatusWord.of(status);
        Round.Counts counts = counts(all);
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter("Tất cả", null, all.size(), filter == null));
        int[] byStatus = {counts.notStarted(), counts.draft(), counts.submitted(), counts.returned(), counts.accepted()};
        for (int i = 0; i < StatusWord.STATUSES.size(); i++) {
            StatusWord word = StatusWord.STATUSES.get(i);
            filters.add(new Filter(word.label(), word.name(), byStatus[i], word == filter));
        }
        List<ReportRow> shown = filter == null ? all : all.stream().filter(r -> StatusWord.of(r.status()) == filter).toList();
        return new Board(round, counts, StatusChart.of(counts), shown, filter, filters,
                all.stream().filter(ReportRow::late).toList(), all.stream().filter(ReportRow::missing).toList(),
                fingerprint(all, filter), readAt);
    }

    /** The counts of the lines themselves, in the shape report-service gives them for a round. */
    public static Round.Counts counts(List<ReportRow> rows) {
        int[] byStatus = new int[StatusWord.STATUSES.size()];
        int nil = 0;
        int late = 0;
        for (ReportRow row : rows) {
            byStatus[StatusWord.STATUSES.indexOf(StatusWord.of(row.status()))]++;
            if (row.nil() && row.version() > 0) {
                nil++;
            }
            if (row.late()) {
                late++;
            }
        }
        return new Round.Counts(rows.size(), byStatus[0], byStatus[1], byStatus[2], byStatus[3], byStatus[4], nil, late);
    }

    /** The filter's status for links, or an empty string for all. */
    public String filterStatus() {
        return filter == null ? "" : filter.name();
    }

    private static String fingerprint(List<ReportRow> rows, StatusWord filter) {
        StringBuilder state = new StringBuilder(Objects.toString(filter));
        for (ReportRow row : rows) {
            state.append('|').append(row.agency()).append(',').append(row.status()).append(',').append(row.version())
                    .append(',').append(row.late()).append(',').append(row.nil()).append(',').append(row.returnReason())
                    .append(',').append(row.submittedAt());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
