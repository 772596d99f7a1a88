package vn.gov.quangngai.baocao.report.registry;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.gov.quangngai.baocao.report.testing.Actors;
import vn.gov.quangngai.baocao.report.testing.IsolatedDatabaseProfile;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

/**
 * The benchmark of a 20,000-line agency list for docs/benchmarks.md (run only with
 * {@code -Dbench.registry=true}): dry run and real run through the API, beside a baseline measured
 * in the same run, a plain JDBC batch insert of the same 20,000 agencies and periods, rolled back.
 * Prints one table row; medians of three runs, each real run on codes not yet used.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@EnabledIfSystemProperty(named = "bench.registry", matches = "true")
class AgencyListBenchmark {

    private static final int LINES = 20_000;
    private static final int RUNS = 3;

    @Inject
    DataSource database;

    /** 20,000 lines, one in ten an agency already there (unchanged), the rest new codes of this run. */
    private static String list(int run) {
        StringBuilder csv = new StringBuilder("code,name,kind,parent,validFrom\n");
        for (int i = 1; i <= LINES; i++) {
            csv.append(i % 10 == 0 ? "STC,Sở Tài chính,SO,,2025-07-01\n" : "B%d-%05d,UBND xã Thử nghiệm %d,xã,,2025-07-01\n".formatted(run, i, i));
        }
        return csv.toString();
    }

    private static double post(String csv, boolean dryRun) {
        long start = System.nanoTime();
        given().auth().oauth2(Actors.ADMIN).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", String.valueOf(dryRun))
                .when().post("/api/v1/agencies/import").then().statusCode(200);
        return (System.nanoTime() - start) / 1e6;
    }

    private double jdbcBaseline(int run) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement agency = connection.prepareStatement("INSERT INTO agency (code, sort_order) VALUES (?, ?)");
                 PreparedStatement period = connection.prepareStatement("INSERT INTO agency_period (code, valid_from, name, kind) VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= LINES; i++) {
                    agency.setString(1, "J%d-%05d".formatted(run, i));
                    agency.setInt(2, 100_000 + i);
                    agency.addBatch();
                    period.setString(1, "J%d-%05d".formatted(run, i));
                    period.setObject(2, java.time.LocalDate.of(2025, 7, 1));
                    period.setString(3, "UBND xã Thử nghiệm " + i);
                    period.setString(4, "XA");
                    period.addBatch();
                }
                agency.executeBatch();
                period.executeBatch();
            }
            double millis = (System.nanoTime() - start) / 1e6;
            connection.rollback();
            return millis;
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void measureAListOfTwentyThousandAgencies() throws Exception {
        post(list(0), true);
        List<Double> dry = new ArrayList<>();
        List<Double> real = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            baseline.add(jdbcBaseline(run));
            dry.add(post(list(run), true));
            real.add(post(list(run), false));
        }
        double d = median(dry);
        double r = median(real);
        double b = median(baseline);
        System.out.printf("| registry CSV import, 20,000 lines (18,000 new, 2,000 unchanged) | dry run %.2f s (%.0f lines/s), real run %.2f s (%.0f lines/s) "
                        + "| plain JDBC batch insert of the same 20,000 agencies and periods: %.2f s | real run ÷ baseline: %.1f× |%n",
                d / 1000, LINES / (d / 1000), r / 1000, LINES / (r / 1000), b / 1000, r / b);
    }
}
