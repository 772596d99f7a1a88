package vn.gov.quangngai.baocao.report.shared;

/** Descriptions shared by the OpenAPI annotations of the report resources. */
public final class ProblemDocs {

    public static final String PROBLEM = "application/problem+json";
    public static final String FORBIDDEN = "Your roles or agency do not allow this (NOT_YOUR_AGENCY, ACCESS_DENIED)";
    public static final String NOT_FOUND = "No such round you may see, or the agency is not expected in it (ROUND_NOT_FOUND, REPORT_NOT_FOUND)";
    public static final String STALE = "If-Match names an older revision (PRECONDITION_FAILED)";

    private ProblemDocs() {
    }
}
