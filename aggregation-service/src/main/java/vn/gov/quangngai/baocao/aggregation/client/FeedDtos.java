package vn.gov.quangngai.baocao.aggregation.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** report-service's answers, as far as aggregation-service reads them. */
public final class FeedDtos {

    private FeedDtos() {
    }

    public record ChangePage(List<Change> items, long next) {
    }

    public record Change(long seq, String round, String agency, Integer version, String status, OffsetDateTime at) {
    }

    public record Round(String code, String title, Request request, Period period, OffsetDateTime deadline, String status,
                        List<String> agencies, JsonNode template) {
    }

    public record Request(String number, LocalDate date, String issuer) {
    }

    public record Period(String kind, int year, Integer index) {
    }

    public record ReportRowPage(List<ReportRow> items, int page, int size, long total) {
    }

    public record ReportRow(String agency, String agencyName, String status, int version) {
    }

    public record Version(String round, String agency, int version, OffsetDateTime submittedAt, boolean late,
                          List<Section> sections, List<IndicatorValue> indicators, boolean nilReport, JsonNode document) {
    }

    public record Section(String key, String text) {
    }

    public record IndicatorValue(String code, JsonNode value) {
    }
}
