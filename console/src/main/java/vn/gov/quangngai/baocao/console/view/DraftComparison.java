package vn.gov.quangngai.baocao.console.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.quangngai.baocao.console.client.model.Template;

/**
 * Two drafts of one report side by side, field by field, where they differ: the one someone else
 * saved meanwhile and the one this person typed. Numbers are compared as numbers (196878 and
 * 196.878 are the same), texts without their surrounding spaces.
 */
public record DraftComparison(List<Row> rows) {

    /** A field that differs: what it is, the saved text, the typed text. */
    public record Row(String field, String label, String saved, String mine) {
    }

    public static DraftComparison of(Template template, DraftValues saved, DraftValues mine) {
        List<Row> rows = new ArrayList<>();
        if (saved.nilReport() != mine.nilReport()) {
            rows.add(new Row(DraftValues.NIL, "Báo cáo “" + StatusWord.NIL_REPORT.label() + "”", yesNo(saved.nilReport()), yesNo(mine.nilReport())));
        }
        for (DocumentField field : DocumentField.values()) {
            compare(rows, field.key(), field.label(), saved, mine, false);
        }
        for (Template.Section section : template.sections()) {
            compare(rows, DraftValues.section(section.key()), section.key() + ". " + section.title(), saved, mine, false);
            for (Template.Indicator indicator : section.indicators()) {
                String label = indicator.label() + (indicator.unit() == null || indicator.unit().isBlank() ? "" : " (" + indicator.unit() + ")");
                compare(rows, DraftValues.indicator(indicator.code()), label, saved, mine, true);
            }
        }
        return new DraftComparison(rows);
    }

    public boolean same() {
        return rows.isEmpty();
    }

    private static void compare(List<Row> rows, String field, String label, DraftValues saved, DraftValues mine, boolean number) {
        String before = saved.get(field).strip();
        String after = mine.get(field).strip();
        if (!equal(before, after, number)) {
            rows.add(new Row(field, label, before, after));
        }
    }

    private static boolean equal(String a, String b, boolean number) {
        if (number) {
            BigDecimal x = VietnameseFormat.parseNumber(a);
            BigDecimal y = VietnameseFormat.parseNumber(b);
            if (x != null && y != null) {
                return x.compareTo(y) == 0;
            }
        }
        return Objects.equals(a, b);
    }

    private static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }
}
