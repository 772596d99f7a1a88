package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A document read into a saved draft: kept, taken from the file, or left for the officer to choose, field by field. */
class DraftMergeTest {

    private static final Template TEMPLATE = SeedReport.template();

    /** The officer's saved draft of issue 21: four figures, the document's number, one section. */
    static Draft saved() {
        return new Draft(new Draft.Document("125/BC-BDT", null, null, null, null, null),
                List.of(new Draft.SectionText("II.6", "Ban Dân tộc đăng ký 01 mô hình.")),
                List.of(indicator("II.2.procedures_total", 2), indicator("II.1.elder_info_attendances", 1250),
                        indicator("II.1.support_people", 1234), indicator("II.1.support_money", 1_234_567_890L)),
                false);
    }

    /** A report that states two of the saved figures (one the same, one not), one more, a number and a signer. */
    static Reading partialReport() {
        return new LegacyReportImporter(TEMPLATE).read(LegacyDocumentReaders.text(resource("/import-merge/bao-cao-mot-phan.txt")));
    }

    @Test
    void whatTheFileSaysNothingOfKeepsItsSavedValueAndADifferentValueIsAConflictThatKeepsTheSavedOne() {
        DraftMerge.Merged merged = DraftMerge.merge(TEMPLATE, saved(), partialReport().draft());

        Map<String, DraftMerge.Field> fields = byName(merged.fields());
        assertThat(fields.get("/indicators/II.2.procedures_total")).isEqualTo(new DraftMerge.Field("/indicators/II.2.procedures_total",
                DraftMerge.Origin.SAVED, LongNode.valueOf(2), LongNode.valueOf(2)));
        assertThat(fields.get("/indicators/II.1.elder_info_attendances")).isEqualTo(new DraftMerge.Field("/indicators/II.1.elder_info_attendances",
                DraftMerge.Origin.CONFLICT, LongNode.valueOf(1250), LongNode.valueOf(1300)));
        assertThat(fields.get("/indicators/II.1.support_people")).isEqualTo(new DraftMerge.Field("/indicators/II.1.support_people",
                DraftMerge.Origin.SAVED, LongNode.valueOf(1234), null));
        assertThat(fields.get("/indicators/II.1.support_money").origin()).isEqualTo(DraftMerge.Origin.SAVED);
        assertThat(fields.get("/indicators/II.1.elder_info_classes")).isEqualTo(new DraftMerge.Field("/indicators/II.1.elder_info_classes",
                DraftMerge.Origin.FILE, null, LongNode.valueOf(12)));
        assertThat(fields.get("/document/number").origin()).isEqualTo(DraftMerge.Origin.CONFLICT);
        assertThat(fields.get("/document/number").saved().asText()).isEqualTo("125/BC-BDT");
        assertThat(fields.get("/document/number").file().asText()).isEqualTo("130/BC-BDT");
        assertThat(fields.get("/document/signer/name").origin()).isEqualTo(DraftMerge.Origin.FILE);
        assertThat(fields.get("/sections/II.6/text").origin()).isEqualTo(DraftMerge.Origin.CONFLICT);
        assertThat(fields.get("/sections/I/text").origin()).isEqualTo(DraftMerge.Origin.FILE);
        assertThat(fields).doesNotContainKey("/nilReport").doesNotContainKey("/indicators/II.3.dialogues");

        assertThat(values(merged.draft())).containsExactly(Map.entry("II.1.elder_info_classes", "12"), Map.entry("II.1.elder_info_attendances", "1250"),
                Map.entry("II.1.support_money", "1234567890"), Map.entry("II.1.support_people", "1234"), Map.entry("II.2.procedures_total", "2"),
                Map.entry("II.6.has_model", "true"));
        assertThat(merged.draft().document().number()).isEqualTo("125/BC-BDT");
        assertThat(merged.draft().document().signer().name()).isEqualTo("Nguyễn Thế Nhân");
        assertThat(merged.draft().sections()).extracting(Draft.SectionText::key).containsExactly("I", "II.1", "II.2", "II.6");
        assertThat(merged.draft().sections()).filteredOn(s -> s.key().equals("II.6")).singleElement()
                .extracting(Draft.SectionText::text).isEqualTo("Ban Dân tộc đăng ký 01 mô hình.");
    }

    @Test
    void withNothingSavedEveryFieldComesFromTheFileAndTheDraftIsTheFilesOwn() {
        Reading read = partialReport();
        DraftMerge.Merged merged = DraftMerge.merge(TEMPLATE, null, read.draft());

        assertThat(merged.draft()).isEqualTo(read.draft());
        assertThat(merged.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.origin()).isEqualTo(DraftMerge.Origin.FILE));
    }

    @Test
    void numbersAreComparedAsNumbersAndBlankSavedFieldsAreEmpty() {
        Draft saved = new Draft(new Draft.Document(" ", null, null, null, List.of(), null), List.of(),
                List.of(new Draft.IndicatorValue("II.1.elder_info_classes", DecimalNode.valueOf(new BigDecimal("12.0")))), false);
        DraftMerge.Merged merged = DraftMerge.merge(TEMPLATE, saved, partialReport().draft());

        Map<String, DraftMerge.Field> fields = byName(merged.fields());
        assertThat(fields.get("/indicators/II.1.elder_info_classes").origin()).isEqualTo(DraftMerge.Origin.SAVED);
        assertThat(fields.get("/document/number").origin()).isEqualTo(DraftMerge.Origin.FILE);
        assertThat(fields.get("/document/recipients").origin()).isEqualTo(DraftMerge.Origin.FILE);
        assertThat(merged.draft().document().number()).isEqualTo("130/BC-BDT");
    }

    @Test
    void aSavedNilReportThatTheFileFillsInIsTheOfficersToUndo() {
        Draft nil = new Draft(null, List.of(), List.of(), true);

        DraftMerge.Merged merged = DraftMerge.merge(TEMPLATE, nil, partialReport().draft());

        assertThat(byName(merged.fields()).get("/nilReport"))
                .isEqualTo(new DraftMerge.Field("/nilReport", DraftMerge.Origin.CONFLICT, BooleanNode.TRUE, BooleanNode.FALSE));
        assertThat(merged.draft().nilReport()).isTrue();
    }

    @Test
    void aKeyWithASlashIsEscapedAsInAPointer() {
        assertThat(DraftMerge.escape("A/B~C")).isEqualTo("A~1B~0C");
    }

    private static Draft.IndicatorValue indicator(String code, long value) {
        return new Draft.IndicatorValue(code, LongNode.valueOf(value));
    }

    private static Map<String, DraftMerge.Field> byName(List<DraftMerge.Field> fields) {
        Map<String, DraftMerge.Field> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.field(), f));
        return byName;
    }

    private static Map<String, String> values(Draft content) {
        Map<String, String> values = new LinkedHashMap<>();
        content.indicators().forEach(i -> values.put(i.code(), valueText(i.value())));
        return values;
    }

    private static String valueText(JsonNode value) {
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DraftMergeTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
