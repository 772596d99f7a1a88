package vn.gov.quangngai.baocao.support.caller;

import java.util.List;

/** The realm roles of the baocao realm (identity/), as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String SUBMITTER = "submitter";
    public static final String REVIEWER = "reviewer";
    public static final String VIEWER = "viewer";
    public static final String ADMIN = "admin";
    public static final String REPORT_READER = "report-reader";
    public static final String REPORT_NOTIFIER = "report-notifier";

    public static final List<String> ALL = List.of(SUBMITTER, REVIEWER, VIEWER, ADMIN, REPORT_READER, REPORT_NOTIFIER);

    private Roles() {
    }
}
