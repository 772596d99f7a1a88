package vn.gov.quangngai.baocao.systemtests;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** A report the size and shape of the seed (Ban Dân tộc, 2021): its text spread over the 12 sections, 27 counted figures and one yes-or-no, 28 in all. */
final class ReportBodies {

    static final List<String> SECTIONS = List.of("I", "II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.1", "III.2", "IV.1", "IV.2");
    static final List<String> FIGURES = List.of("I.documents_issued", "II.1.elder_info_classes", "II.1.elder_info_attendances",
            "II.1.study_tours_outside", "II.1.study_tour_participants_outside", "II.1.study_tours_inside", "II.1.study_tour_participants_inside",
            "II.1.elder_visits", "II.1.support_money", "II.1.support_people", "II.1.support_households", "II.1.staff_infected_f0",
            "II.2.procedures_total", "II.2.procedures_cut", "II.2.procedures_online", "II.2.dossiers_received", "II.2.dossiers_on_time",
            "II.3.receptions_periodic", "II.3.receptions_adhoc", "II.3.dialogues", "II.3.petitions_received", "II.3.petitions_resolved",
            "II.4.officials_disciplined", "II.6.models", "II.7.inspection_boards", "II.7.investment_supervision_boards", "II.7.mediation_teams");

    private ReportBodies() {
    }

    static String seedSized(String seed) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode();
        ArrayNode sections = body.putArray("sections");
        int chunk = seed.length() / SECTIONS.size();
        for (int i = 0; i < SECTIONS.size(); i++) {
            sections.addObject().put("key", SECTIONS.get(i)).put("text", seed.substring(i * chunk, (i + 1) * chunk));
        }
        ArrayNode indicators = body.putArray("indicators");
        for (int i = 0; i < FIGURES.size(); i++) {
            indicators.addObject().put("code", FIGURES.get(i)).put("value", (i * 37) % 900);
        }
        indicators.addObject().put("code", "II.6.has_model").put("value", true);
        return body.toString();
    }

    /** A small report: one section with this text, every figure of the outline with a random value (the consolidation adds them up). */
    static String withRandomFigures(java.util.Random random, String text) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = json.createObjectNode();
        body.putArray("sections").addObject().put("key", "II.6").put("text", text);
        ArrayNode indicators = body.putArray("indicators");
        for (String figure : FIGURES) {
            indicators.addObject().put("code", figure).put("value", random.nextInt(1_000));
        }
        indicators.addObject().put("code", "II.6.has_model").put("value", random.nextBoolean());
        return body.toString();
    }
}
