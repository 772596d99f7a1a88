package vn.gov.quangngai.baocao.report.importing;

import vn.gov.quangngai.baocao.importer.ImportRefusal;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** The importer's refusals in the error catalogue: the code and the message (Vietnamese or English) each one is answered with. */
final class ImportRefusals {

    private ImportRefusals() {
    }

    static ApiException problem(ImportRefusal refusal) {
        Object[] args = refusal.args().toArray();
        return switch (refusal.reason()) {
            case EMPTY -> new ApiException(ErrorCode.EMPTY_DOCUMENT, Msg.of("report.import.empty", args));
            case NO_TEXT -> new ApiException(ErrorCode.EMPTY_DOCUMENT, Msg.of("report.import.noText", args));
            case OLD_WORD -> new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Msg.of("report.import.oldWord", args));
            case NOT_UTF8 -> new ApiException(ErrorCode.UNREADABLE_DOCUMENT, Msg.of("report.import.notUtf8", args));
            case NOT_TEXT -> new ApiException(ErrorCode.UNREADABLE_DOCUMENT, Msg.of("report.import.notText", args));
            case TOO_MANY_LINES -> new ApiException(ErrorCode.UNREADABLE_DOCUMENT, Msg.of("report.import.tooManyDocumentLines", args));
            case NOT_DOCX -> new ApiException(ErrorCode.UNREADABLE_DOCUMENT, Msg.of("report.import.notDocx", args));
            case TEXT_TOO_LARGE -> new ApiException(ErrorCode.UNREADABLE_DOCUMENT, Msg.of("report.import.textTooLarge", args));
            case DOCX_TOO_LARGE -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, Msg.of("report.import.docxTooLarge", args));
        };
    }
}
