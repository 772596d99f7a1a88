package vn.gov.quangngai.baocao.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak server distribution unpacked once into a cache folder outside any build output,
 * so that {@code mvn clean} does not cost a new unpack and re-augmentation (about 40 s).
 */
final class KeycloakDistribution {

    private static final String UNPACKED_MARKER = ".baocao-unpacked";

    private final Path home;
    private final Path lockFile;

    private KeycloakDistribution(Path home, Path lockFile) {
        this.home = home;
        this.lockFile = lockFile;
    }

    /** Unpacks {@code distributionZip} into {@code cacheDirectory} unless an earlier run did. */
    static KeycloakDistribution unpackedFrom(Path distributionZip, Path cacheDirectory) {
        String version = versionOf(distributionZip);
        Path home = cacheDirectory.resolve("keycloak-" + version);
        Path lockFile = cacheDirectory.resolve("keycloak-" + version + ".lock");
        KeycloakDistribution distribution = new KeycloakDistribution(home, lockFile);
        try (FileLock ignored = distribution.lock()) {
            if (!Files.exists(home.resolve(UNPACKED_MARKER))) {
                if (!Files.isRegularFile(distributionZip)) {
                    throw new IllegalStateException("Keycloak distribution not found: " + distributionZip);
                }
                System.out.printf("Unpacking %s into %s%n", distributionZip.getFileName(), cacheDirectory);
                unzip(distributionZip, cacheDirectory);
                Files.createFile(home.resolve(UNPACKED_MARKER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + distributionZip, e);
        }
        return distribution;
    }

    Path home() {
        return home;
    }

    Path importDirectory() {
        return home.resolve("data").resolve("import");
    }

    Path launchScript() {
        return home.resolve("bin").resolve("kc.sh");
    }

    /**
     * An exclusive lock on this distribution across processes: a start re-augments the server
     * when its build options change, and two starts must not do that at the same time.
     */
    FileLock lock() throws IOException {
        Files.createDirectories(lockFile.getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return channel.lock();
    }

    private static String versionOf(Path distributionZip) {
        String name = distributionZip.getFileName().toString();
        String prefix = "keycloak-quarkus-dist-";
        if (name.startsWith(prefix) && name.endsWith(".zip")) {
            return name.substring(prefix.length(), name.length() - ".zip".length());
        }
        throw new IllegalArgumentException("not a keycloak-quarkus-dist zip: " + name);
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
                    if (path.getFileName().toString().endsWith(".sh")) {
                        path.toFile().setExecutable(true);
                    }
                }
            }
        }
    }
}
