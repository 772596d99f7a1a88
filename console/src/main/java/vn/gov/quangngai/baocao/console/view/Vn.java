package vn.gov.quangngai.baocao.console.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.Round;

/** The Vietnamese formats and words in templates: {@code {vn:date(x)}}, {@code {vn:status(row.status)}}, … */
@TemplateExtension(namespace = "vn")
public final class Vn {

    private Vn() {
    }

    static String date(OffsetDateTime at) {
        return VietnameseFormat.date(at);
    }

    static String day(LocalDate day) {
        return VietnameseFormat.date(day);
    }

    static String isoDay(String day) {
        return VietnameseFormat.date(day);
    }

    static String dateTime(OffsetDateTime at) {
        return VietnameseFormat.dateTime(at);
    }

    static String time(OffsetDateTime at) {
        return VietnameseFormat.time(at);
    }

    static String number(long value) {
        return VietnameseFormat.number(value);
    }

    static String value(JsonNode value) {
        return VietnameseFormat.value(value);
    }

    static String period(Round.Period period) {
        return period == null ? VietnameseFormat.NONE : VietnameseFormat.period(period.kind(), period.year(), period.index());
    }

    static StatusChart chart(Round.Counts counts) {
        return StatusChart.of(counts);
    }

    static boolean department(vn.gov.quangngai.baocao.console.client.model.Agency agency) {
        return AgencyChoice.department(agency);
    }

    static StatusWord status(String apiStatus) {
        return StatusWord.of(apiStatus);
    }

    static String action(String auditAction) {
        return ActionWord.ofAudit(auditAction);
    }

    /** The label of a status word by its name, for templates that name the fixed marks. */
    static String word(String name) {
        return StatusWord.valueOf(name).label();
    }

    static String act(String name) {
        return ActionWord.valueOf(name).label();
    }

    static List<ReportDiff.IndicatorChange> changedIndicators(ReportDiff diff) {
        return diff.indicators().stream().filter(ReportDiff.IndicatorChange::changed).toList();
    }

    static List<ReportDiff.SectionChange> changedSections(ReportDiff diff) {
        return diff.sections().stream().filter(ReportDiff.SectionChange::changed).toList();
    }

    /** A section's word diff with the long unchanged stretches shortened (twelve words of context each side). */
    static List<DiffWords.Run> compact(List<ReportDiff.Word> words) {
        return DiffWords.compact(words, 12);
    }

    /** A field of a report's document block in words; one this console does not know is shown as the API names it. */
    static String documentField(String field) {
        return DocumentField.labelOf(field);
    }

    /** ADDED, REMOVED, CHANGED of a section or figure in words. */
    static String change(String change) {
        return switch (change == null ? "" : change) {
            case "ADDED" -> "mới thêm";
            case "REMOVED" -> "đã bỏ";
            case "CHANGED" -> "có sửa đổi";
            default -> "không đổi";
        };
    }

    /** Days left or late for a submitter's own report in a round, as of now. */
    static Countdown countdown(Round round) {
        return Countdown.of(round, OffsetDateTime.now());
    }

    /** A share from 0 to 1 as a whole percentage. */
    static long percent(double share) {
        return Math.round(share * 100);
    }

    /** An agency's kind in words; one this console does not know is shown as the registry names it. */
    static String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "SO" -> "Sở";
            case "BAN" -> "Ban";
            case "NGANH" -> "Ngành";
            case "HUYEN" -> "UBND huyện, thị xã, thành phố";
            case "XA" -> "UBND xã";
            case "PHUONG" -> "UBND phường";
            case "DAC_KHU" -> "Đặc khu";
            default -> kind == null ? VietnameseFormat.NONE : kind;
        };
    }

    static String basis(String basis) {
        return "accepted".equals(basis) ? "Báo cáo đã tiếp nhận" : "Báo cáo đã nộp";
    }
}
