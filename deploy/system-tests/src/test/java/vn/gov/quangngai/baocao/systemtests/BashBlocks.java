package vn.gov.quangngai.baocao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code bash} code blocks of a Markdown guide, in the order a reader meets them: what both guide tests read. */
final class BashBlocks {

    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```$");

    private BashBlocks() {
    }

    /** A guide's text as written (UTF-8). */
    static String read(Path guide) {
        try {
            return Files.readString(guide, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The content of each {@code bash} block of {@code markdown}, without its fences. */
    static List<String> in(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
