package vn.gov.quangngai.baocao.report.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.importer.ImportRefusal;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** Each of the importer's refusals answered with its catalogue code and a written message, in Vietnamese and in English. */
class ImportRefusalsTest {

    /** The refusals as the importer raises them, with their arguments. */
    private static final Map<ImportRefusal.Reason, Object[]> ARGS = Map.of(ImportRefusal.Reason.TOO_MANY_LINES, new Object[] {20_000},
            ImportRefusal.Reason.NOT_DOCX, new Object[] {"not a Word 2007+ document"}, ImportRefusal.Reason.TEXT_TOO_LARGE, new Object[] {2_000_000L},
            ImportRefusal.Reason.DOCX_TOO_LARGE, new Object[] {40L, 1_000});

    private static ApiException problem(ImportRefusal.Reason reason) {
        return ImportRefusals.problem(new ImportRefusal(reason, ARGS.getOrDefault(reason, new Object[0])));
    }

    @Test
    void anOldWordFileIsAnUnsupportedTypeWithTheFixInBothLanguages() {
        ApiException refused = problem(ImportRefusal.Reason.OLD_WORD);

        assertThat(refused.code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(refused.getMessage()).contains(".doc").contains("save it as .docx");
        assertThat(refused.problem().detail()).contains("lưu lại dưới dạng .docx");
    }

    @Test
    void aDocxTooLargeUnpackedIsAPayloadTooLargeWithItsLimits() {
        ApiException refused = problem(ImportRefusal.Reason.DOCX_TOO_LARGE);

        assertThat(refused.code()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(refused.getMessage()).contains("40 MB").contains("1000 parts");
    }

    @Test
    void everyReasonHasItsCodeAndAWrittenMessageInBothLanguages() {
        Map<ImportRefusal.Reason, ErrorCode> codes = Map.of(ImportRefusal.Reason.EMPTY, ErrorCode.EMPTY_DOCUMENT,
                ImportRefusal.Reason.NO_TEXT, ErrorCode.EMPTY_DOCUMENT, ImportRefusal.Reason.OLD_WORD, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                ImportRefusal.Reason.NOT_UTF8, ErrorCode.UNREADABLE_DOCUMENT, ImportRefusal.Reason.NOT_TEXT, ErrorCode.UNREADABLE_DOCUMENT,
                ImportRefusal.Reason.TOO_MANY_LINES, ErrorCode.UNREADABLE_DOCUMENT, ImportRefusal.Reason.NOT_DOCX, ErrorCode.UNREADABLE_DOCUMENT,
                ImportRefusal.Reason.TEXT_TOO_LARGE, ErrorCode.UNREADABLE_DOCUMENT, ImportRefusal.Reason.DOCX_TOO_LARGE, ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(codes).containsOnlyKeys(ImportRefusal.Reason.values());

        for (ImportRefusal.Reason reason : ImportRefusal.Reason.values()) {
            ApiException refused = problem(reason);
            String vietnamese = refused.problem().detail();
            assertThat(refused.code()).as("%s", reason).isEqualTo(codes.get(reason));
            // a message missing from a bundle is written as its key
            assertThat(refused.getMessage()).as("%s in English", reason).doesNotStartWith("report.import.");
            assertThat(vietnamese).as("%s in Vietnamese", reason).doesNotStartWith("report.import.").isNotEqualTo(refused.getMessage());
            Arrays.stream(ARGS.getOrDefault(reason, new Object[0]))
                    .forEach(arg -> assertThat(vietnamese).as("%s names %s", reason, arg).contains(String.valueOf(arg)));
        }
    }
}
