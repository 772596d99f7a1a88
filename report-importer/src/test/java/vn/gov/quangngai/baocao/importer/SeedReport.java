package vn.gov.quangngai.baocao.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The Ban Dân tộc 2021 report (the seed) as text and as a .docx made from that text, and the outline it
 * answers: report-service's built-in annual outline, kept here as the importer reads it (a test there keeps the two equal).
 */
public final class SeedReport {

    /** The built-in annual outline, as report-service ships it under {@code templates/}. */
    public static final String TEMPLATE = "/seed/dan-van-chinh-quyen-nam.json";

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

    public static Template template() {
        return TemplateJson.read(read(TEMPLATE));
    }

    private static byte[] read(String resource) {
        try (InputStream in = SeedReport.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
