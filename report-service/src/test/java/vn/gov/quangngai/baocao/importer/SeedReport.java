package vn.gov.quangngai.baocao.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.gov.quangngai.baocao.report.api.TemplateView;
import vn.gov.quangngai.baocao.report.domain.Template;

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
            return new Template(new ObjectMapper().readValue(read("/templates/dan-van-chinh-quyen-nam.json"), TemplateView.class).sections());
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
