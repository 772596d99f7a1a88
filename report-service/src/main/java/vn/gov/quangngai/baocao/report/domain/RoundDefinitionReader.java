package vn.gov.quangngai.baocao.report.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the body of "open a round", naming every problem at once: the round code, the request,
 * the period, the deadline, the expected agencies (known to the registry, each once) and the
 * template (unique section keys and figure codes, known types and aggregations).
 */
public final class RoundDefinitionReader {

    public static final Pattern ROUND_CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    static final Pattern SECTION_KEY = Pattern.compile("[A-Za-z0-9.]{1,20}");
    static final Pattern INDICATOR_CODE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Map<String, Integer> PERIOD_INDEX_MAX = Map.of("YEAR", 0, "HALF", 2, "QUARTER", 4, "MONTH", 12);
    private static final Set<String> BODY_FIELDS = Set.of("code", "title", "request", "period", "deadline", "agencies", "template", "templateCode");

    private final Set<String> knownAgencies;
    private final Function<String, Optional<Template>> builtInTemplates;

    public RoundDefinitionReader(Set<String> knownAgencies, Function<String, Optional<Template>> builtInTemplates) {
        this.knownAgencies = knownAgencies;
        this.builtInTemplates = builtInTemplates;
    }

    public RoundDefinition read(JsonNode body) {
        JsonFields fields = JsonFields.ofBody(body, BODY_FIELDS, false);
        FieldErrors errors = fields.errors();
        String code = fields.text(body, "code", "/code", true, 40);
        if (code != null && !ROUND_CODE.matcher(code).matches()) {
            errors.add("/code", "must be 2 to 40 capital letters, digits or '-'");
        }
        String title = fields.text(body, "title", "/title", true, 500);
        RoundDefinition.Request request = readRequest(fields, body);
        RoundDefinition.Period period = readPeriod(fields, body);
        OffsetDateTime deadline = readDeadline(fields, body);
        List<String> agencies = readAgencies(fields, body);
        String templateCode = fields.text(body, "templateCode", "/templateCode", false, 60);
        Template template = readTemplateChoice(fields, body, templateCode);
        errors.throwIfAny();
        return new RoundDefinition(code, title, request, period, deadline, agencies, template, templateCode);
    }

    private static RoundDefinition.Request readRequest(JsonFields fields, JsonNode body) {
        JsonNode node = fields.object(body, "request", "/request", true);
        if (node == null) {
            return null;
        }
        fields.rejectUnknown(node, "/request", Set.of("number", "date", "issuer"));
        String number = fields.text(node, "number", "/request/number", true, 100);
        String dateText = fields.text(node, "date", "/request/date", true, 10);
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                fields.errors().add("/request/date", "must be a date as YYYY-MM-DD");
            }
        }
        String issuer = fields.text(node, "issuer", "/request/issuer", true, 300);
        return new RoundDefinition.Request(number, date, issuer);
    }

    private static RoundDefinition.Period readPeriod(JsonFields fields, JsonNode body) {
        JsonNode node = fields.object(body, "period", "/period", true);
        if (node == null) {
            return null;
        }
        fields.rejectUnknown(node, "/period", Set.of("kind", "year", "index"));
        String kind = fields.text(node, "kind", "/period/kind", true, 10);
        Integer year = fields.integer(node, "year", "/period/year", true, 2000, 2100);
        Integer index = fields.integer(node, "index", "/period/index", false, 1, 12);
        if (kind != null) {
            kind = kind.toUpperCase(Locale.ROOT);
            Integer max = PERIOD_INDEX_MAX.get(kind);
            if (max == null) {
                fields.errors().add("/period/kind", "must be one of YEAR, HALF, QUARTER, MONTH");
            } else if (max == 0 && index != null) {
                fields.errors().add("/period/index", "a YEAR period has no index");
            } else if (max > 0 && (index == null || index > max)) {
                fields.errors().add("/period/index", "a " + kind + " period needs an index from 1 to " + max);
            }
        }
        return year == null ? null : new RoundDefinition.Period(kind, year, index);
    }

    private static OffsetDateTime readDeadline(JsonFields fields, JsonNode body) {
        String text = fields.text(body, "deadline", "/deadline", true, 40);
        if (text == null) {
            return null;
        }
        Optional<OffsetDateTime> deadline = Deadlines.parse(text);
        if (deadline.isEmpty()) {
            fields.errors().add("/deadline", "must be a date-time with offset (2021-11-15T17:00:00+07:00) or a date (2021-11-15)");
        }
        return deadline.orElse(null);
    }

    private List<String> readAgencies(JsonFields fields, JsonNode body) {
        List<String> agencies = new ArrayList<>();
        JsonNode array = fields.array(body, "agencies", "/agencies", true, 10_000);
        if (array == null) {
            return agencies;
        }
        if (array.isEmpty()) {
            fields.errors().add("/agencies", "must name at least one agency");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String agency = fields.text(array.get(i), "/agencies/" + i, true, 40);
            if (agency == null) {
                continue;
            }
            if (!knownAgencies.contains(agency)) {
                fields.errors().add("/agencies/" + i, "no agency " + agency + " in the registry");
            } else if (!seen.add(agency)) {
                fields.errors().add("/agencies/" + i, "agency " + agency + " is named twice");
            } else {
                agencies.add(agency);
            }
        }
        return agencies;
    }

    private Template readTemplateChoice(JsonFields fields, JsonNode body, String templateCode) {
        boolean hasTemplate = body.hasNonNull("template");
        if (hasTemplate == (templateCode != null)) {
            fields.errors().add("/template", "give either template or templateCode, not both nor neither");
            return null;
        }
        if (templateCode != null) {
            Optional<Template> builtIn = builtInTemplates.apply(templateCode);
            if (builtIn.isEmpty()) {
                fields.errors().add("/templateCode", "no built-in template " + templateCode);
            }
            return builtIn.orElse(null);
        }
        return TemplateReader.read(fields, body.get("template"), "/template");
    }
}
