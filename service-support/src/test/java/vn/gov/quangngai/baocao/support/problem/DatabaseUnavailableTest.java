package vn.gov.quangngai.baocao.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The failures of a real PostgreSQL driver, wrapped as the services' layers wrap them. */
class DatabaseUnavailableTest {

    @Test
    void aServerThatIsGoneOrShuttingDownIsUnavailableAndASqlErrorIsNot() throws Exception {
        Throwable syntax;
        Throwable killed;
        Throwable refused;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                syntax = catchThrowable(() -> statement.execute("SELEC 1"));
            }
            try (Connection victim = database.getConnection(); Connection admin = database.getConnection();
                 Statement statement = admin.createStatement()) {
                int pid = victim.unwrap(org.postgresql.PGConnection.class).getBackendPID();
                statement.execute("SELECT pg_terminate_backend(" + pid + ")");
                killed = catchThrowable(() -> victim.createStatement().execute("SELECT 1"));
            }
            postgres.close();
            refused = catchThrowable(() -> database.getConnection().close());
        }
        assertThat(syntax).isInstanceOf(SQLException.class);
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("database query failed", syntax))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new IllegalStateException("commit failed", killed)))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(refused))).isTrue();
    }

    @Test
    void aPoolThatGaveUpWaitingForAConnectionIsUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key value", "23505")))).isFalse();
    }
}
