package vn.gov.quangngai.baocao.importer;

import java.util.List;

/**
 * One line of a legacy report (a paragraph of a .docx), with its number in the source; blank lines
 * separate paragraphs. A .docx tells more: whether the paragraph is styled as a heading, and for a
 * row of a table of figures its cells and the table's header row.
 */
public record SourceLine(int number, String text, boolean heading, List<String> cells, List<String> header) {

    public SourceLine(int number, String text) {
        this(number, text, false, null, null);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
