package vn.gov.quangngai.baocao.report.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.report.shared.ReportContent;
import vn.gov.quangngai.baocao.report.shared.Template;

/**
 * Compares two contents of a report against the round's outline: sections and figures in outline
 * order (then keys the outline does not have), texts word by word with Myers' algorithm.
 */
public final class ReportDiffer {

    /** Each word with the spaces after it (and any leading spaces alone), so that joining the runs gives the text back exactly. */
    private static final Pattern TOKEN = Pattern.compile("^\\s+|\\S+\\s*");

    private final Template template;

    public ReportDiffer(Template template) {
        this.template = template;
    }

    public ReportChanges diff(ReportContent from, ReportContent to) {
        return new ReportChanges(sections(from, to), figures(from, to), document(from.document(), to.document()),
                new ReportChanges.NilChange(from.nilReport(), to.nilReport()));
    }

    private List<ReportChanges.SectionChange> sections(ReportContent from, ReportContent to) {
        Map<String, String> before = texts(from.sections(), ReportContent.SectionText::key, ReportContent.SectionText::text);
        Map<String, String> after = texts(to.sections(), ReportContent.SectionText::key, ReportContent.SectionText::text);
        Set<String> keys = new LinkedHashSet<>();
        template.sections().forEach(s -> keys.add(s.key()));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        List<ReportChanges.SectionChange> changes = new ArrayList<>();
        for (String key : keys) {
            String a = before.getOrDefault(key, "");
            String b = after.getOrDefault(key, "");
            if (a.isBlank() && b.isBlank()) {
                continue;
            }
            String title = template.section(key).map(Template.Section::title).orElse(null);
            changes.add(new ReportChanges.SectionChange(key, title, change(a.isBlank(), b.isBlank(), a.equals(b)), words(a, b)));
        }
        return changes;
    }

    private List<ReportChanges.FigureChange> figures(ReportContent from, ReportContent to) {
        Map<String, JsonNode> before = texts(from.indicators(), ReportContent.IndicatorValue::code, ReportContent.IndicatorValue::value);
        Map<String, JsonNode> after = texts(to.indicators(), ReportContent.IndicatorValue::code, ReportContent.IndicatorValue::value);
        Set<String> codes = new LinkedHashSet<>();
        template.indicators().forEach(i -> codes.add(i.code()));
        codes.addAll(before.keySet());
        codes.addAll(after.keySet());
        List<ReportChanges.FigureChange> changes = new ArrayList<>();
        for (String code : codes) {
            JsonNode a = present(before.get(code));
            JsonNode b = present(after.get(code));
            if (a == null && b == null) {
                continue;
            }
            var indicator = template.indicator(code);
            changes.add(new ReportChanges.FigureChange(code, indicator.map(Template.Indicator::label).orElse(null),
                    indicator.map(Template.Indicator::unit).orElse(null), a, b, change(a == null, b == null, sameValue(a, b))));
        }
        return changes;
    }

    private static List<ReportChanges.FieldChange> document(ReportContent.Document from, ReportContent.Document to) {
        Map<String, String> before = fields(from);
        Map<String, String> after = fields(to);
        List<ReportChanges.FieldChange> changes = new ArrayList<>();
        for (String field : before.keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new ReportChanges.FieldChange(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }

    private static Map<String, String> fields(ReportContent.Document document) {
        Map<String, String> fields = new LinkedHashMap<>();
        ReportContent.Document d = document == null ? new ReportContent.Document(null, null, null, null, null, null) : document;
        ReportContent.Signer signer = d.signer() == null ? new ReportContent.Signer(null, null, null) : d.signer();
        fields.put("number", d.number());
        fields.put("date", d.date());
        fields.put("place", d.place());
        fields.put("signer.name", signer.name());
        fields.put("signer.title", signer.title());
        fields.put("signer.delegation", signer.delegation());
        fields.put("recipients", d.recipients() == null || d.recipients().isEmpty() ? null : String.join("\n", d.recipients()));
        fields.put("answers", d.answers() == null ? null : d.answers().number() + " (" + d.answers().date() + ")");
        return fields;
    }

    /** The two texts as runs of equal, deleted and inserted words. */
    static List<ReportChanges.WordRun> words(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        List<ReportChanges.WordRun> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            append(runs, ReportChanges.Op.EQUAL, a.subList(position, delta.getSource().getPosition()));
            append(runs, ReportChanges.Op.DELETE, delta.getSource().getLines());
            append(runs, ReportChanges.Op.INSERT, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        append(runs, ReportChanges.Op.EQUAL, a.subList(position, a.size()));
        return runs;
    }

    private static void append(List<ReportChanges.WordRun> runs, ReportChanges.Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op() == op) {
            ReportChanges.WordRun last = runs.remove(runs.size() - 1);
            text = last.text() + text;
        }
        runs.add(new ReportChanges.WordRun(op, text));
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static ReportChanges.Change change(boolean absentBefore, boolean absentAfter, boolean same) {
        if (absentBefore) {
            return ReportChanges.Change.ADDED;
        }
        if (absentAfter) {
            return ReportChanges.Change.REMOVED;
        }
        return same ? ReportChanges.Change.UNCHANGED : ReportChanges.Change.CHANGED;
    }

    /** Numbers compare by value (12 and 12.0 are the same figure); other values as JSON. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static JsonNode present(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    private static <T, V> Map<String, V> texts(List<T> items, Function<T, String> key, Function<T, V> value) {
        Map<String, V> map = new LinkedHashMap<>();
        if (items != null) {
            for (T item : items) {
                V v = value.apply(item);
                if (v != null) {
                    map.put(key.apply(item), v);
                }
            }
        }
        return map;
    }
}
