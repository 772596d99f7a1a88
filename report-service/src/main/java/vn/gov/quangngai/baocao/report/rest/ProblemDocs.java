package vn.gov.quangngai.baocao.report.rest;

/** Descriptions shared by the OpenAPI annotations of the report resources. */
final class ProblemDocs {

    static final String PROBLEM = "application/problem+json";
    static final String FORBIDDEN = "Your roles or agency do not allow this (NOT_YOUR_AGENCY, ACCESS_DENIED)";
    static final String NOT_FOUND = "No such round you may see, or the agency is not expected in it (ROUND_NOT_FOUND, REPORT_NOT_FOUND)";
    static final String STALE = "If-Match names an older revision (PRECONDITION_FAILED)";

    private ProblemDocs() {
    }
}
