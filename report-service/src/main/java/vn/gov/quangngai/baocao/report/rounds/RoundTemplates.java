package vn.gov.quangngai.baocao.report.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.gov.quangngai.baocao.report.shared.Template;

/**
 * Rounds' templates, read from the database once per round and service instance: a template is
 * fixed when its round opens, and every draft save and submit checks the report against it. A
 * template is a few kilobytes and a province opens a few dozen rounds a year.
 */
@ApplicationScoped
public class RoundTemplates {

    private final Map<Long, Template> byRound = new ConcurrentHashMap<>();

    /** The round's template; the round must be managed (the first call for a round reads it). */
    public Template of(RoundEntity round) {
        Template template = byRound.get(round.id);
        if (template == null) {
            template = round.template;
            byRound.putIfAbsent(round.id, template);
        }
        return template;
    }
}
