package vn.gov.quangngai.baocao.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Uploads that must be refused: an old binary Word file, and a .docx whose parts each pass POI's guard but add up too far. */
public final class Uploads {

    private Uploads() {
    }

    /** The start of an OLE2 compound file, as every Word 97–2003 .doc begins. */
    public static byte[] oldWord() {
        return new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
    }

    /**
     * A .docx-shaped zip of {@code count} parts each inflating to {@code size} bytes, under POI's
     * per-part size limit and compressed about 30 times, within its inflate-ratio guard.
     */
    public static byte[] manyParts(int count, int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Random random = new Random(16);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[64 * 1024];
            for (int part = 0; part < count; part++) {
                zip.putNextEntry(new ZipEntry("word/media/part" + part + ".xml"));
                for (int written = 0; written < size; written += chunk.length) {
                    Arrays.fill(chunk, (byte) 'a');
                    for (int i = 0; i < chunk.length; i += 40) {
                        chunk[i] = (byte) ('a' + random.nextInt(26));
                    }
                    zip.write(chunk);
                }
            }
        }
        return out.toByteArray();
    }
}
