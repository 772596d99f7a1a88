package vn.gov.quangngai.baocao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Turns an uploaded legacy report into lines: UTF-8 text as it is (page numbers left by a copy
 * from Word dropped, rows of a tab- or bar-separated table kept as cells); a .docx through
 * {@link DocxReader}. Bounded: an old .doc is refused with the fix, a .docx whose parts inflate
 * suspiciously or add up beyond {@link DocxPackageCheck#MAX_UNPACKED}, or whose text is enormous, is refused
 * ({@link ImportRefusal}).
 */
public final class LegacyDocumentReaders {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String OLD_WORD = "application/msword";
    static final int MAX_LINES = 20_000;
    static final long MAX_TEXT = 2_000_000;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^[-–\\s]*(trang|page)?\\s*\\d{1,3}(\\s*/\\s*\\d{1,3})?[-–\\s]*$");

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MAX_TEXT * 4);
    }

    private LegacyDocumentReaders() {
    }

    public static List<SourceLine> text(byte[] bytes) {
        requireContent(bytes);
        if (DocxPackageCheck.isOldWord(bytes)) {
            throw oldWord();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportRefusal(ImportRefusal.Reason.NOT_UTF8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportRefusal(ImportRefusal.Reason.NOT_TEXT);
        }
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\\r?\\n|\\r", -1);
        if (raw.length > MAX_LINES) {
            throw new ImportRefusal(ImportRefusal.Reason.TOO_MANY_LINES, MAX_LINES);
        }
        List<String> header = null;
        for (int i = 0; i < raw.length; i++) {
            String line = nfc(raw[i]);
            List<String> cells = TextTables.cells(line);
            if (cells != null) {
                lines.add(new SourceLine(i + 1, String.join(" | ", cells), false, cells, header));
            } else if (line.contains("\t") || line.contains("|")) {
                // a header row of a table: its cells name the columns of the rows below
                header = List.of(line.strip().split("\\t+|\\s*\\|\\s*"));
                lines.add(new SourceLine(i + 1, line));
            } else {
                header = line.isBlank() ? header : null;
                lines.add(new SourceLine(i + 1, PAGE_NUMBER.matcher(line).matches() ? "" : line));
            }
        }
        return requireText(lines);
    }

    public static List<SourceLine> docx(byte[] bytes) {
        requireContent(bytes);
        DocxPackageCheck.requireOpenable(bytes);
        Optional<List<SourceLine>> lines;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            lines = new DocxReader(document).read(MAX_TEXT, MAX_LINES);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusal refusal) {
                throw refusal;
            }
            throw new ImportRefusal(ImportRefusal.Reason.NOT_DOCX, reason(e));
        }
        if (lines.isEmpty()) {
            throw new ImportRefusal(ImportRefusal.Reason.TEXT_TOO_LARGE, MAX_TEXT);
        }
        return requireText(lines.get());
    }

    /** An upload declared as an old Word file: refused with the fix, whatever it holds. */
    public static ImportRefusal oldWord() {
        return new ImportRefusal(ImportRefusal.Reason.OLD_WORD);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.toLowerCase().contains("zip bomb") ? "its parts inflate far beyond their size" : "not a Word 2007+ document";
    }

    private static void requireContent(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ImportRefusal(ImportRefusal.Reason.EMPTY);
        }
    }

    private static List<SourceLine> requireText(List<SourceLine> lines) {
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw new ImportRefusal(ImportRefusal.Reason.NO_TEXT);
        }
        return lines;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
