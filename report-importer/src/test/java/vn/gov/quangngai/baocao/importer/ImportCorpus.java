package vn.gov.quangngai.baocao.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports written to try the import on (under {@code /import-corpus}): each document as text,
 * or as a .docx built from its description, with what its draft must hold: sentences that belong
 * to a section, the figures a careful reader would enter, the document block.
 */
final class ImportCorpus {

    static final List<String> DOCUMENTS = List.of("so-tu-phap-2021", "ubnd-huyen-minh-long-2021", "ubnd-xa-long-hiep-2021",
            "so-lao-dong-tbxh-2021", "so-y-te-2021.docx", "so-tai-chinh-2021.docx", "ubnd-thi-xa-duc-pho-2021", "so-giao-duc-2021.docx",
            "ban-quan-ly-kkt-2021");

    /** A sentence the draft must hold in the section {@code key}. */
    record Placement(String key, String sentence) {
    }

    /** One report of the corpus and what its draft must hold. */
    record Document(String name, boolean docx, byte[] bytes, List<Placement> placements, Map<String, String> indicators, Map<String, String> block) {

        List<SourceLine> lines() {
            return docx ? LegacyDocumentReaders.docx(bytes) : LegacyDocumentReaders.text(bytes);
        }
    }

    private ImportCorpus() {
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (String name : DOCUMENTS) {
            boolean docx = name.endsWith(".docx");
            String base = docx ? name.substring(0, name.length() - ".docx".length()) : name;
            String source = text(docx ? base + ".docx.txt" : base + ".txt");
            byte[] bytes = docx ? CorpusDocx.build(source) : source.getBytes(StandardCharsets.UTF_8);
            List<Placement> placements = new ArrayList<>();
            Map<String, String> indicators = new LinkedHashMap<>();
            Map<String, String> block = new LinkedHashMap<>();
            for (String line : text(base + ".expected").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("section ")) {
                    String[] parts = line.substring("section ".length()).split("\\|", 2);
                    placements.add(new Placement(parts[0].strip(), parts[1].strip()));
                } else if (line.startsWith("figure ")) {
                    String[] parts = line.substring("figure ".length()).split("=", 2);
                    indicators.put(parts[0].strip(), parts[1].strip());
                } else {
                    String[] parts = line.split("=", 2);
                    block.put(parts[0].strip(), parts[1].strip());
                }
            }
            documents.add(new Document(name, docx, bytes, placements, indicators, block));
        }
        return documents;
    }

    /**
     * An outline with the same sections as the built-in one and other codes and labels for its
     * figures (the hints name the figures as reports do, so they are the built-in ones); without
     * them when {@code hints} is false, as SNV may write an outline.
     */
    static Template otherTemplate(boolean hints) {
        Template template = TemplateJson.read(text("other-template.json").getBytes(StandardCharsets.UTF_8));
        return hints ? template : TemplateJson.withoutHints(template);
    }

    /** Built-in figure code to the code of the same figure in {@link #otherTemplate(boolean)}. */
    static Map<String, String> otherCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : text("other-template.codes").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("=", 2);
                codes.put(parts[0].strip(), parts[1].strip());
            }
        }
        return codes;
    }

    private static String text(String resource) {
        try (InputStream in = ImportCorpus.class.getResourceAsStream("/import-corpus/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
