package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A report's content as the importer reads and merges it: the official document block, one text
 * per section, the figures' values. It mirrors the service's stored draft field for field, so that
 * the service turns one into the other without judgement; a value is the JSON value the draft holds.
 */
public record Draft(Document document, List<SectionText> sections, List<IndicatorValue> indicators, boolean nilReport) {

    /** The document block: number and symbol, date, place, signer and recipients. */
    public record Document(String number, String date, String place, Signer signer, List<String> recipients, Answers answers) {
    }

    /** The request the report answers, e.g. Công văn số 2454/SNV-XDCQ ngày 29/10/2021. */
    public record Answers(String number, String date) {
    }

    /** The signature block, e.g. {@code KT. TRƯỞNG BAN} / {@code PHÓ TRƯỞNG BAN} / name. */
    public record Signer(String name, String title, String delegation) {
    }

    public record SectionText(String key, String text) {
    }

    /** A figure's value: a JSON number, boolean or string by the figure's type; null when left empty. */
    public record IndicatorValue(String code, JsonNode value) {
    }

    public static Draft empty() {
        return new Draft(null, List.of(), List.of(), false);
    }
}
