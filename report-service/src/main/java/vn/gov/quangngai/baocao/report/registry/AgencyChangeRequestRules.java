package vn.gov.quangngai.baocao.report.registry;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.quangngai.baocao.report.shared.FieldProblems;
import vn.gov.quangngai.baocao.support.body.BodyRule;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.Problem;

/**
 * The fields each type of registry change takes, and the shape of {@code into}: an object for a
 * merge, a list for a split. Whether the agencies named exist then is the planner's to say.
 */
@ApplicationScoped
public class AgencyChangeRequestRules implements BodyRule<AgencyChangeRequest> {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    @Override
    public Class<AgencyChangeRequest> type() {
        return AgencyChangeRequest.class;
    }

    @Override
    public void check(AgencyChangeRequest body, Map<String, String> path, Locale locale, List<Problem.FieldError> problems) {
        if (body.type() == null) {
            return;
        }
        Set<String> needed = switch (body.type()) {
            case CREATE -> Set.of("code", "name", "kind");
            case RENAME -> Set.of("code", "name");
            case MERGE -> Set.of("from", "into");
            case SPLIT -> Set.of("code", "into");
            case DISSOLVE -> Set.of("code");
        };
        Set<String> allowed = switch (body.type()) {
            case CREATE -> Set.of("code", "name", "kind", "parent");
            case RENAME -> Set.of("code", "name", "kind", "parent");
            case MERGE -> Set.of("from", "into");
            case SPLIT -> Set.of("code", "into");
            case DISSOLVE -> Set.of("code");
        };
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("code", body.code());
        given.put("name", body.name() == null || body.name().isBlank() ? null : body.name());
        given.put("kind", body.kind());
        given.put("parent", body.parent());
        given.put("from", body.from() == null || body.from().isEmpty() ? null : body.from());
        given.put("into", body.into());
        given.forEach((field, value) -> {
            if (value == null && needed.contains(field)) {
                problems.add(FieldProblems.of("/" + field, Msg.of("report.registry.fieldNeeded", body.type()), locale));
            } else if (value != null && !allowed.contains(field)) {
                problems.add(FieldProblems.of("/" + field, Msg.of("report.registry.fieldForType", body.type()), locale));
            }
        });
        AgencyNameRule.check(body.name(), "/name", locale, problems);
        if (body.into() != null && body.type() == AgencyChangeRequest.Type.MERGE) {
            checkAgency(body.into(), "/into", false, locale, problems);
        } else if (body.into() != null && body.type() == AgencyChangeRequest.Type.SPLIT) {
            if (!body.into().isArray() || body.into().isEmpty()) {
                problems.add(FieldProblems.of("/into", Msg.of("support.field.type.array"), locale));
            } else {
                for (int i = 0; i < body.into().size(); i++) {
                    checkAgency(body.into().get(i), "/into/" + i, true, locale, problems);
                }
            }
        }
    }

    /** {code, name, kind}: the code always, name and kind when the agency is {@code complete} (a split's new agencies). */
    private static void checkAgency(JsonNode node, String pointer, boolean complete, Locale locale, List<Problem.FieldError> problems) {
        if (!node.isObject()) {
            problems.add(FieldProblems.of(pointer, Msg.of("support.field.type.object"), locale));
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!Set.of("code", "name", "kind").contains(name)) {
                problems.add(FieldProblems.of(pointer + "/" + name, Msg.of("support.field.unknown"), locale));
            }
        });
        JsonNode code = node.get("code");
        if (code == null || !code.isTextual() || !CODE.matcher(code.textValue()).matches()) {
            problems.add(FieldProblems.of(pointer + "/code", Msg.of("support.field.required"), locale));
        }
        JsonNode name = node.get("name");
        if (name != null && (!name.isTextual() || name.textValue().isBlank() || name.textValue().length() > 300)) {
            problems.add(FieldProblems.of(pointer + "/name", Msg.of("support.field.invalid"), locale));
        } else if (name != null) {
            AgencyNameRule.check(name.textValue(), pointer + "/name", locale, problems);
        } else if (name == null && complete) {
            problems.add(FieldProblems.of(pointer + "/name", Msg.of("support.field.required"), locale));
        }
        JsonNode kind = node.get("kind");
        if (kind != null && (!kind.isTextual() || !isKind(kind.textValue()))) {
            problems.add(FieldProblems.of(pointer + "/kind", Msg.of("support.field.oneOf", Arrays.toString(AgencyKind.values())), locale));
        } else if (kind == null && complete) {
            problems.add(FieldProblems.of(pointer + "/kind", Msg.of("support.field.required"), locale));
        }
    }

    private static boolean isKind(String text) {
        return Arrays.stream(AgencyKind.values()).anyMatch(k -> k.name().equals(text));
    }
}
