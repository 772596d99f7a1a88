package vn.gov.quangngai.baocao.console.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.view.DraftValues;
import vn.gov.quangngai.baocao.console.view.ImportChoices;

/**
 * The report form as posted: the document block by name, the sections and figures as pairs of
 * lists in the form's order (a key or code, then what was typed), kept exactly as typed.
 */
public class DraftFormInput {

    /** The ETag of the draft the form was filled from: the save is refused if it changed since. */
    @RestForm
    public String etag;
    @RestForm
    public String number;
    @RestForm
    public String date;
    @RestForm
    public String place;
    @RestForm("answers.number")
    public String answersNumber;
    @RestForm("answers.date")
    public String answersDate;
    @RestForm("signer.delegation")
    public String signerDelegation;
    @RestForm("signer.title")
    public String signerTitle;
    @RestForm("signer.name")
    public String signerName;
    @RestForm
    public String recipients;
    @RestForm
    public String nilReport;
    @RestForm("sectionKey")
    public List<String> sectionKeys = new ArrayList<>();
    @RestForm("sectionText")
    public List<String> sectionTexts = new ArrayList<>();
    @RestForm("figureCode")
    public List<String> indicatorCodes = new ArrayList<>();
    @RestForm("figureValue")
    public List<String> indicatorValues = new ArrayList<>();
    /** "submit" when the person chose to save and then submit. */
    @RestForm
    public String then;
    /** After an import, the fields the file gives otherwise than saved: their names, both values, which one is taken (saved, file). */
    @RestForm("choiceField")
    public List<String> choiceFields = new ArrayList<>();
    @RestForm("choiceSaved")
    public List<String> choiceSaved = new ArrayList<>();
    @RestForm("choiceFile")
    public List<String> choiceFile = new ArrayList<>();
    @RestForm("choiceTaken")
    public List<String> choiceTaken = new ArrayList<>();
    /** A choice's button pressed without JavaScript ({@code file:number}, {@code saved:*}): the form comes back with it, nothing saved. */
    @RestForm
    public String pick;

    DraftValues values() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "number", number);
        put(fields, "date", date);
        put(fields, "place", place);
        put(fields, "answers.number", answersNumber);
        put(fields, "answers.date", answersDate);
        put(fields, "signer.delegation", signerDelegation);
        put(fields, "signer.title", signerTitle);
        put(fields, "signer.name", signerName);
        put(fields, "recipients", recipients);
        pairs(fields, sectionKeys, sectionTexts, true);
        pairs(fields, indicatorCodes, indicatorValues, false);
        return new DraftValues(fields, "true".equals(nilReport));
    }

    ImportChoices choices(Template template) {
        return ImportChoices.posted(template, choiceFields, crlf(choiceSaved), crlf(choiceFile), choiceTaken);
    }

    boolean picking() {
        return pick != null && !pick.isBlank();
    }

    boolean thenSubmit() {
        return "submit".equals(then);
    }

    private static void pairs(Map<String, String> fields, List<String> names, List<String> values, boolean sections) {
        if (names == null || values == null) {
            return;
        }
        for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            String field = sections ? DraftValues.section(names.get(i)) : DraftValues.indicator(names.get(i));
            put(fields, field, values.get(i));
        }
    }

    private static List<String> crlf(List<String> values) {
        return values == null ? List.of() : values.stream().map(v -> v == null ? "" : v.replace("\r\n", "\n")).toList();
    }

    private static void put(Map<String, String> fields, String field, String value) {
        if (value != null) {
            // browsers send line breaks as CRLF; the services keep LF
            fields.put(field, value.replace("\r\n", "\n"));
        }
    }
}
