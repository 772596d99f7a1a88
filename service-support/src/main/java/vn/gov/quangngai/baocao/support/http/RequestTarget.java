package vn.gov.quangngai.baocao.support.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.gov.quangngai.baocao.support.i18n.Msg;

/**
 * Checks the path and query of a request before anything reads them: every percent-escape well
 * formed, the bytes UTF-8, no control character (NUL above all: PostgreSQL refuses it in text, so
 * a {@code /rounds/%00} would otherwise fail at the database as a 500), and the whole a URI that
 * Java can parse (what Quarkus checks itself, with a bare 400, until {@link UriCheckHandover}
 * leaves the check to this class).
 */
final class RequestTarget {

    private RequestTarget() {
    }

    /** What is wrong with the target, or null when nothing is. */
    static Msg problem(String uri, String rawPath, String rawQuery) {
        Msg path = problemOf(rawPath, false, Msg.of("support.target.path"));
        if (path != null) {
            return path;
        }
        Msg query = rawQuery == null || rawQuery.isEmpty() ? null : problemOf(rawQuery, true, Msg.of("support.target.query"));
        if (query != null) {
            return query;
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            return Msg.of("support.target.uri");
        }
    }

    /**
     * @param form whether {@code +} stands for a space (query strings)
     * @param part the part of the target, as the message names it
     */
    private static Msg problemOf(String raw, boolean form, Msg part) {
        if (raw == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return Msg.of("support.target.escape", part);
                }
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0xFF) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                // the HTTP codec hands unescaped non-ASCII bytes over one char each: the UTF-8 check below reads them back
                bytes.write(form && c == '+' ? ' ' : c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return Msg.of("support.target.utf8", part);
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                return Msg.of("support.target.control", part, "U+" + String.format("%04X", (int) decoded.charAt(i)));
            }
        }
        return null;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
