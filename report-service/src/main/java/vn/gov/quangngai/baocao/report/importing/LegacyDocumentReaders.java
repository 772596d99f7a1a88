package vn.gov.quangngai.baocao.report.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/**
 * Turns an uploaded legacy report into lines: UTF-8 text as it is; a .docx one line per paragraph
 * (table cells included), with a blank line between paragraphs, so both read the same. Bounded:
 * a .docx whose parts inflate suspiciously, or whose text is enormous, is refused.
 */
public final class LegacyDocumentReaders {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final int MAX_LINES = 20_000;
    static final long MAX_TEXT = 2_000_000;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(MAX_TEXT * 4);
    }

    private LegacyDocumentReaders() {
    }

    public static List<SourceLine> text(byte[] bytes) {
        requireContent(bytes);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unreadable("The text is not UTF-8; save it as UTF-8 (or send the .docx) and try again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw unreadable("This is not a text file; send text/plain (UTF-8) or a .docx.");
        }
        List<SourceLine> lines = new ArrayList<>();
        String[] raw = text.split("\\r?\\n|\\r", -1);
        if (raw.length > MAX_LINES) {
            throw unreadable("The document has more than " + MAX_LINES + " lines.");
        }
        for (int i = 0; i < raw.length; i++) {
            lines.add(new SourceLine(i + 1, nfc(raw[i])));
        }
        return requireText(lines);
    }

    public static List<SourceLine> docx(byte[] bytes) {
        requireContent(bytes);
        List<SourceLine> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            int paragraph = 0;
            long size = 0;
            for (String text : paragraphs(document)) {
                paragraph++;
                size += text.length();
                if (size > MAX_TEXT || lines.size() > MAX_LINES) {
                    throw unreadable("The document's text is larger than " + MAX_TEXT + " characters.");
                }
                for (String line : text.split("\\r?\\n|\\r|\\u000B")) {
                    lines.add(new SourceLine(paragraph, nfc(line)));
                }
                lines.add(new SourceLine(paragraph, ""));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw unreadable("This is not a .docx that can be read (" + reason(e) + ").");
        }
        return requireText(lines);
    }

    private static List<String> paragraphs(XWPFDocument document) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                texts.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> texts.add(p.getText()))));
            }
        }
        return texts;
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.toLowerCase().contains("zip bomb") ? "its parts inflate far beyond their size" : "not a Word 2007+ document";
    }

    private static void requireContent(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ApiException(ErrorCode.EMPTY_DOCUMENT, "The document is empty.");
        }
    }

    private static List<SourceLine> requireText(List<SourceLine> lines) {
        if (lines.stream().allMatch(SourceLine::isBlank)) {
            throw new ApiException(ErrorCode.EMPTY_DOCUMENT, "The document has no text.");
        }
        return lines;
    }

    private static ApiException unreadable(String detail) {
        return new ApiException(ErrorCode.UNREADABLE_DOCUMENT, detail);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
