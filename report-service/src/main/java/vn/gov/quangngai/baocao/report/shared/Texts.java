package vn.gov.quangngai.baocao.report.shared;

import java.text.Normalizer;

/** Vietnamese text as it is stored and compared: Unicode NFC, whichever form it arrived in. */
public final class Texts {

    private Texts() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC without surrounding spaces; null for null or blank. */
    public static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return nfc(text).strip();
    }
}
