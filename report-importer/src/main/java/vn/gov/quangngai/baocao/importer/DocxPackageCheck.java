package vn.gov.quangngai.baocao.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Checks an uploaded .docx before POI opens it: an old binary Word file (.doc) is refused with the
 * fix, and the parts are inflated once, counting only, so that a package whose parts together
 * unpack to more than the limit is refused before anything holds them (POI's own guard looks at
 * one part at a time, and many parts each under it still add up).
 */
final class DocxPackageCheck {

    /** All parts of a .docx unpacked together, at most: a long report with photographs stays far below. */
    static final long MAX_UNPACKED = 40L * 1024 * 1024;
    static final int MAX_PARTS = 1_000;

    private DocxPackageCheck() {
    }

    /** Whether the bytes open with the OLE2 compound-file signature every Word 97–2003 .doc carries. */
    static boolean isOldWord(byte[] bytes) {
        return FileMagic.valueOf(bytes) == FileMagic.OLE2;
    }

    static void requireOpenable(byte[] bytes) {
        if (isOldWord(bytes)) {
            throw LegacyDocumentReaders.oldWord();
        }
        long unpacked = 0;
        int parts = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    throw tooLarge();
                }
                unpacked += drain(zip, buffer, MAX_UNPACKED - unpacked);
                if (unpacked > MAX_UNPACKED) {
                    throw tooLarge();
                }
            }
        } catch (IOException e) {
            // not a zip, or a damaged one: POI says so in its own words
        }
    }

    /** Inflates the current entry, keeping nothing; stops one byte past {@code allowance}. */
    private static long drain(InputStream entry, byte[] buffer, long allowance) throws IOException {
        long read = 0;
        for (int n = entry.read(buffer); n > 0; n = entry.read(buffer)) {
            read += n;
            if (read > allowance) {
                return read;
            }
        }
        return read;
    }

    private static ImportRefusal tooLarge() {
        return new ImportRefusal(ImportRefusal.Reason.DOCX_TOO_LARGE, MAX_UNPACKED / (1024 * 1024), MAX_PARTS);
    }
}
