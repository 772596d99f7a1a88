package vn.gov.quangngai.baocao.aggregation.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Who issues the provincial summary document, and how it is signed and sent (prefix {@code baocao.document}). */
@ConfigMapping(prefix = "baocao.document")
public interface DocumentConfig {

    /** The body above the issuer in the top-left block. */
    @WithDefault("UBND TỈNH QUẢNG NGÃI")
    String governingBody();

    /** The issuing body, in bold under the governing body. */
    @WithDefault("SỞ NỘI VỤ")
    String issuer();

    /** The symbol after the number: {@code Số: …/BC-SNV}; the number itself is written in when the document is registered. */
    @WithDefault("BC-SNV")
    String symbol();

    /** The place before the date: {@code Quảng Ngãi, ngày … tháng … năm …}. */
    @WithDefault("Quảng Ngãi")
    String place();

    /** The signature block. */
    Signer signer();

    /** The "Nơi nhận" list. */
    @WithDefault("UBND tỉnh (b/c),Ban Dân vận Tỉnh ủy (b/c),Giám đốc Sở,Lưu: VT\\, XDCQ")
    List<String> recipients();

    /** The signer: delegation line (empty for none), title, name (a placeholder until someone signs). */
    interface Signer {
        @WithDefault("KT. GIÁM ĐỐC")
        String delegation();

        @WithDefault("PHÓ GIÁM ĐỐC")
        String title();

        @WithDefault("…")
        String name();
    }
}
