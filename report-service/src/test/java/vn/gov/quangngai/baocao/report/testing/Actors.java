package vn.gov.quangngai.baocao.report.testing;

import vn.gov.quangngai.baocao.support.testing.TestTokens;

/** The people and systems of the module tests, as signed test tokens for report-service. */
public final class Actors {

    private static final TestTokens TOKENS = TestTokens.forService("report-service");

    public static final String BOB_REVIEWER = TOKENS.person("bob", "SNV", "Sở Nội vụ", "reviewer");
    public static final String ALICE_BDT = TOKENS.person("alice", "BDT", "Ban Dân tộc", "submitter");
    public static final String CAROL_STC = TOKENS.person("carol", "STC", "Sở Tài chính", "submitter");
    public static final String DANG_MINHLONG = TOKENS.person("dang", "MINHLONG", "UBND huyện Minh Long", "submitter");
    public static final String HOA_SDTTG = TOKENS.person("hoa", "SDTTG", "Sở Dân tộc và Tôn giáo", "submitter");
    public static final String VERA_VIEWER = TOKENS.person("vera", "SNV", "Sở Nội vụ", "viewer");
    public static final String ADMIN = TOKENS.person("admin", null, null, "admin");
    public static final String AGGREGATION_READER = TOKENS.person("service-account-aggregation-service", null, null, "report-reader");

    private Actors() {
    }
}
