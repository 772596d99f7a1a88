package vn.gov.quangngai.baocao.aggregation.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.quangngai.baocao.aggregation.client.FeedDtos;
import vn.gov.quangngai.baocao.aggregation.client.ReportFeedClient;

/** report-service as the feed follower sees it, in memory: rounds, a feed, versions; and failures on demand. */
public class FakeReportService extends ReportFeedClient {

    static final JsonNode TEMPLATE = read("""
            {"sections": [
              {"key": "II.3", "title": "Tiếp công dân", "indicators": [
                {"code": "II.3.receptions_periodic", "label": "Tiếp định kỳ", "unit": "lượt", "type": "INTEGER", "aggregation": "SUM"},
                {"code": "II.3.dialogues", "label": "Đối thoại", "unit": "cuộc", "type": "INTEGER", "aggregation": "MAX"}]},
              {"key": "II.6", "title": "Dân vận khéo", "indicators": [
                {"code": "II.6.models", "label": "Mô hình", "unit": "mô hình", "type": "INTEGER", "aggregation": "SUM"},
                {"code": "II.6.has_model", "label": "Có mô hình", "unit": "cơ quan", "type": "BOOLEAN", "aggregation": "COUNT"},
                {"code": "II.6.note", "label": "Ghi chú", "type": "TEXT", "aggregation": "NONE"}]}]}""");

    private final Map<String, FeedDtos.Round> rounds = new ConcurrentHashMap<>();
    private final Map<String, List<FeedDtos.ReportRow>> rows = new ConcurrentHashMap<>();
    private final List<FeedDtos.Change> feed = new ArrayList<>();
    private final Map<String, FeedDtos.Version> versions = new HashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private int versionFetches;

    public FakeReportService() {
        super(null);
    }

    public synchronized void openRound(String code, OffsetDateTime deadline, Map<String, String> agencies) {
        rounds.put(code, new FeedDtos.Round(code, "Báo cáo dân vận chính quyền " + code,
                new FeedDtos.Request("2454/SNV-XDCQ", LocalDate.of(2021, 10, 29), "Sở Nội vụ tỉnh Quảng Ngãi"),
                new FeedDtos.Period("YEAR", 2021, null), deadline, "OPEN", List.copyOf(agencies.keySet()), TEMPLATE));
        rows.put(code, agencies.entrySet().stream().map(e -> new FeedDtos.ReportRow(e.getKey(), e.getValue(), "NOT_STARTED", 0)).toList());
        append(code, null, null, "ROUND_OPENED");
    }

    /** A submission: version {@code n} with these figures (null value = left empty) and one text per section key. */
    public synchronized void submit(String round, String agency, int n, boolean late, boolean nil, Map<String, Object> indicators, Map<String, String> texts) {
        List<FeedDtos.IndicatorValue> values = new ArrayList<>();
        indicators.forEach((code, value) -> values.add(new FeedDtos.IndicatorValue(code, new ObjectMapper().valueToTree(value))));
        List<FeedDtos.Section> sections = new ArrayList<>();
        texts.forEach((key, text) -> sections.add(new FeedDtos.Section(key, text)));
        versions.put(round + "/" + agency + "/" + n, new FeedDtos.Version(round, agency, n, OffsetDateTime.now(), late, sections, values, nil,
                JsonNodeFactory.instance.objectNode()));
        append(round, agency, n, "SUBMITTED");
    }

    public synchronized void change(String round, String agency, int version, String status) {
        append(round, agency, version, status);
    }

    /** Fetching this version fails until {@link #heal}. */
    public void breakVersion(String round, String agency, int version) {
        failing.add(round + "/" + agency + "/" + version);
    }

    public void heal() {
        failing.clear();
    }

    public synchronized int versionFetches() {
        return versionFetches;
    }

    private void append(String round, String agency, Integer version, String status) {
        feed.add(new FeedDtos.Change(feed.size() + 1L, round, agency, version, status, OffsetDateTime.now()));
    }

    @Override
    public synchronized FeedDtos.ChangePage changes(long after, int limit) {
        List<FeedDtos.Change> page = feed.stream().filter(c -> c.seq() > after).limit(limit).toList();
        return new FeedDtos.ChangePage(page, page.isEmpty() ? after : page.get(page.size() - 1).seq());
    }

    @Override
    public FeedDtos.Round round(String round) {
        return rounds.get(round);
    }

    @Override
    public List<FeedDtos.ReportRow> reports(String round) {
        return rows.get(round);
    }

    @Override
    public synchronized FeedDtos.Version version(String round, String agency, int version) {
        String key = round + "/" + agency + "/" + version;
        if (failing.contains(key)) {
            throw new IllegalStateException("report-service unavailable");
        }
        versionFetches++;
        return versions.get(key);
    }

    private static JsonNode read(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
