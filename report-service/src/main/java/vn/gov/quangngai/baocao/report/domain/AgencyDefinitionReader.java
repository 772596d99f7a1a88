package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Reads an agency for the registry: code (when creating), official name, kind and parent. */
public final class AgencyDefinitionReader {

    public static final Set<String> KINDS = Set.of("SO", "BAN", "NGANH", "HUYEN");

    /** What the body says of an agency; {@code code} is null when it comes from the path. */
    public record AgencyDefinition(String code, String name, String kind, String parent) {
    }

    private AgencyDefinitionReader() {
    }

    public static AgencyDefinition read(JsonNode body, boolean withCode) {
        JsonFields fields = JsonFields.ofBody(body, withCode ? Set.of("code", "name", "kind", "parent") : Set.of("name", "kind", "parent"), false);
        FieldErrors errors = fields.errors();
        String code = null;
        if (withCode) {
            code = fields.text(body, "code", "/code", true, 40);
            if (code != null && !RoundDefinitionReader.ROUND_CODE.matcher(code).matches()) {
                errors.add("/code", "must be 2 to 40 capital letters, digits or '-'");
            }
        }
        String name = fields.text(body, "name", "/name", true, 300);
        String kind = fields.text(body, "kind", "/kind", true, 10);
        if (kind != null && !KINDS.contains(kind)) {
            errors.add("/kind", "must be one of SO, BAN, NGANH, HUYEN");
        }
        String parent = fields.text(body, "parent", "/parent", false, 40);
        errors.throwIfAny();
        return new AgencyDefinition(code, name, kind, parent);
    }
}
