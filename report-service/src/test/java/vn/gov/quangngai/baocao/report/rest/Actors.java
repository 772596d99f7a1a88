package vn.gov.quangngai.baocao.report.rest;

import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** The people and systems of the module tests, as signed test tokens for report-service. */
final class Actors {

    private static final TestTokens TOKENS = TestTokens.forService("report-service");

    static final String BOB_REVIEWER = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");
    static final String ALICE_BDT = TOKENS.person("alice", "BDT", "Ban Dân tộc", "submitter");
    static final String CAROL_STC = TOKENS.person("carol", "STC", "Sở Tài chính", "submitter");
    static final String DANG_MINHLONG = TOKENS.person("dang", "MINHLONG", "UBND huyện Minh Long", "submitter");
    static final String HOA_SDTTG = TOKENS.person("hoa", "SDTTG", "Sở Dân tộc và Tôn giáo", "submitter");
    static final String VERA_VIEWER = TOKENS.person("vera", "SNV", "Sở Nội vụ", "viewer");
    static final String ADMIN = TOKENS.person("admin", null, null, "admin");
    static final String AGGREGATION_READER = TOKENS.person("service-account-aggregation-service", null, null, "report-reader");

    private Actors() {
    }
}
