package vn.gov.quangngai.baocao.importer;

import java.util.List;

/**
 * A document the importer will not read, with why and the figures the reason needs (a limit, a
 * cause). It names no status or language: whoever calls the importer says it to its own users, as
 * report-service does through its error catalogue.
 */
public final class ImportRefusal extends RuntimeException {

    /** Why a document is refused; the arguments each reason carries are listed with it. */
    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Bytes, but no text once read. */
        NO_TEXT,
        /** An old binary Word file (.doc), whatever it was sent as. */
        OLD_WORD,
        /** Text that is not UTF-8. */
        NOT_UTF8,
        /** Text holding NUL characters: a binary file sent as text. */
        NOT_TEXT,
        /** More lines than the importer reads; argument: the limit. */
        TOO_MANY_LINES,
        /** A .docx that cannot be opened; argument: the cause, in a few English words. */
        NOT_DOCX,
        /** A .docx whose text is longer than the importer reads; argument: the limit in characters. */
        TEXT_TOO_LARGE,
        /** A .docx whose parts together unpack too far; arguments: the limit in MB, the most parts. */
        DOCX_TOO_LARGE
    }

    private final Reason reason;
    private final List<Object> args;

    public ImportRefusal(Reason reason, Object... args) {
        super(args.length == 0 ? reason.name() : reason.name() + " " + List.of(args));
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    /** The reason's arguments, in the order its documentation lists them. */
    public List<Object> args() {
        return args;
    }
}
