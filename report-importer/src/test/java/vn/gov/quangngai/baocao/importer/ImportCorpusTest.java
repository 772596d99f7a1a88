package vn.gov.quangngai.baocao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The import measured on reports it was not written for: agencies, communes and wordings of every
 * kind, text and .docx. Prints, per document and overall, the share of distinctive sentences placed
 * in their section and the precision and recall of the figures suggested.
 */
class ImportCorpusTest {

    private final List<ImportCorpus.Document> corpus = ImportCorpus.documents();

    @Test
    void sentencesLandInTheirSectionsAndIndicatorsAreSuggestedWithoutAWrongValue() {
        Measure measure = measure(new LegacyReportImporter(SeedReport.template()), Map.of(), "built-in outline");
        System.out.println(measure.report());

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(8);
        assertThat(measure.placement()).as(measure.report()).isGreaterThanOrEqualTo(0.95);
        assertThat(measure.precision()).as(measure.report()).isEqualTo(1.0);
        assertThat(measure.recall()).as(measure.report()).isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aTemplateWithOtherCodesAndLabelsGetsTheSameSuggestions() {
        LegacyReportImporter builtIn = new LegacyReportImporter(SeedReport.template());
        LegacyReportImporter other = new LegacyReportImporter(ImportCorpus.otherTemplate(true));
        Map<String, String> codes = ImportCorpus.otherCodes();
        for (ImportCorpus.Document document : corpus) {
            Map<String, String> expected = new LinkedHashMap<>();
            values(builtIn.read(document.lines())).forEach((code, value) -> expected.put(codes.get(code), value));

            assertThat(values(other.read(document.lines()))).as(document.name()).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void aTemplateWithoutHintsStillGetsSuggestionsFromLabelsAndUnitsAndNoWrongOne() {
        Map<String, String> codes = ImportCorpus.otherCodes();
        Measure measure = measure(new LegacyReportImporter(ImportCorpus.otherTemplate(false)), codes, "other outline, no hints");
        System.out.println(measure.report());

        assertThat(ImportCorpus.otherTemplate(false).indicators()).allSatisfy(i -> assertThat(i.hints()).isEmpty());
        assertThat(measure.precision()).as(measure.report()).isEqualTo(1.0);
        assertThat(measure.recall()).as(measure.report()).isGreaterThanOrEqualTo(0.70);
    }

    /** Placement, precision and recall over the corpus, with the report printed. */
    private record Measure(double placement, double precision, double recall, String report) {
    }

    /** @param codes the built-in code of each expected figure to the code the outline uses, when it is another outline */
    private Measure measure(LegacyReportImporter importer, Map<String, String> codes, String template) {
        int sentences = 0;
        int placed = 0;
        int expected = 0;
        int suggested = 0;
        int right = 0;
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder("\nImport corpus (" + template + ")\n");
        for (ImportCorpus.Document document : corpus) {
            Reading result = importer.read(document.lines());
            Map<String, String> sections = sections(result);
            int docPlaced = 0;
            for (ImportCorpus.Placement placement : document.placements()) {
                if (VietnameseText.fold(sections.getOrDefault(placement.key(), "")).contains(VietnameseText.fold(placement.sentence()))) {
                    docPlaced++;
                } else {
                    problems.add(document.name() + ": not in " + placement.key() + ": " + placement.sentence() + " (in " + where(sections, placement.sentence()) + ")");
                }
            }
            Map<String, String> indicators = new LinkedHashMap<>();
            document.indicators().forEach((code, value) -> indicators.put(codes.getOrDefault(code, code), value));
            Map<String, String> values = values(result);
            int docRight = 0;
            for (Map.Entry<String, String> value : values.entrySet()) {
                if (value.getValue().equals(indicators.get(value.getKey()))) {
                    docRight++;
                } else {
                    problems.add(document.name() + ": WRONG " + value.getKey() + " = " + value.getValue() + ", expected " + indicators.get(value.getKey()));
                }
            }
            indicators.forEach((code, value) -> {
                if (!values.containsKey(code)) {
                    problems.add(document.name() + ": missed " + code + " = " + value);
                }
            });
            sentences += document.placements().size();
            placed += docPlaced;
            expected += indicators.size();
            suggested += values.size();
            right += docRight;
            report.append("  %-28s placement %2d/%-2d  suggestions %2d right of %2d made, %2d expected  warnings %d%n".formatted(document.name(),
                    docPlaced, document.placements().size(), docRight, values.size(), indicators.size(), result.warnings().size()));
        }
        double placement = (double) placed / sentences;
        double precision = suggested == 0 ? 1 : (double) right / suggested;
        double recall = (double) right / expected;
        report.append("  placement %.1f %% (%d/%d)  precision %.1f %% (%d/%d)  recall %.1f %% (%d/%d)%n".formatted(placement * 100, placed, sentences,
                precision * 100, right, suggested, recall * 100, right, expected));
        problems.forEach(p -> report.append("    ").append(p).append('\n'));
        return new Measure(placement, precision, recall, report.toString());
    }

    @Test
    void theDocumentBlockIsRead() {
        LegacyReportImporter importer = new LegacyReportImporter(SeedReport.template());
        for (ImportCorpus.Document document : corpus) {
            Draft.Document block = importer.read(document.lines()).draft().document();

            assertThat(block.number()).as(document.name()).isEqualTo(document.block().get("document number"));
            assertThat(block.date()).as(document.name()).isEqualTo(document.block().get("document date"));
            assertThat(block.signer().name()).as(document.name()).isEqualTo(document.block().get("signer"));
        }
    }

    private static Map<String, String> sections(Reading result) {
        Map<String, String> sections = new LinkedHashMap<>();
        result.draft().sections().forEach(s -> sections.put(s.key(), s.text()));
        return sections;
    }

    private static Map<String, String> values(Reading result) {
        Map<String, String> values = new LinkedHashMap<>();
        result.suggestions().forEach(s -> values.put(s.code(), s.value().asText()));
        return values;
    }

    private static String where(Map<String, String> sections, String sentence) {
        return sections.entrySet().stream().filter(e -> VietnameseText.fold(e.getValue()).contains(VietnameseText.fold(sentence)))
                .map(Map.Entry::getKey).findFirst().orElse("no section");
    }
}
