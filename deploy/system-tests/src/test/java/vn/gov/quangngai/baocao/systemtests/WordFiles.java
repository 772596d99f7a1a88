package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word files as an officer writes them: one paragraph a line, written by POI to a temporary .docx. */
final class WordFiles {

    private WordFiles() {
    }

    static Path docx(String prefix, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            Path file = Files.createTempFile(prefix, ".docx");
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
