package vn.gov.quangngai.baocao.report.importing;

/** One line of a legacy report (a paragraph of a .docx), with its number in the source; blank lines separate paragraphs. */
public record SourceLine(int number, String text) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
