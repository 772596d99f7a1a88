package vn.gov.quangngai.baocao.report.importing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.gov.quangngai.baocao.report.domain.FieldErrors;
import vn.gov.quangngai.baocao.report.domain.JsonFields;
import vn.gov.quangngai.baocao.report.domain.Template;
import vn.gov.quangngai.baocao.report.domain.TemplateReader;

/** The Ban Dân tộc 2021 report (the seed) as text and as a .docx made from that text, and the built-in outline. */
public final class SeedReport {

    private SeedReport() {
    }

    public static String text() {
        return new String(read("/seed/bao-cao-dan-van-2021-ban-dan-toc.txt"), StandardCharsets.UTF_8);
    }

    /** The same report as Word: one paragraph per non-blank line, as an agency's Word file holds it. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    document.createParagraph().createRun().setText(line);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Template outline() {
        try {
            ObjectNode file = (ObjectNode) new ObjectMapper().readTree(read("/templates/dan-van-chinh-quyen-nam.json"));
            return TemplateReader.read(new JsonFields(new FieldErrors()), file.retain("sections"), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = SeedReport.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
