package vn.gov.quangngai.baocao.report.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/** A profile of its own: Quarkus restarts the application, and the embedded PostgreSQL, for the tests that use it. */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {
}
