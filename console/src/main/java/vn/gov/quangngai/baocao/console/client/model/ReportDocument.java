package vn.gov.quangngai.baocao.console.client.model;

import java.util.List;

/** A report's document block: number and symbol, date, place, signer, recipients (Nơi nhận). */
public record ReportDocument(String number, String date, String place, Signer signer, List<String> recipients) {

    /** The signature block, e.g. KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / name. */
    public record Signer(String name, String title, String delegation) {
    }
}
