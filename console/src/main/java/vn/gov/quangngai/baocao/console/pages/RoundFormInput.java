package vn.gov.quangngai.baocao.console.pages;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import vn.gov.quangngai.baocao.console.client.model.NewRound;

/** The round opening form as posted; every field kept as typed, so the form comes back as it was when something is wrong. */
public class RoundFormInput {

    static final String ISSUER = "Sở Nội vụ tỉnh Quảng Ngãi";

    @RestForm
    public String code;
    @RestForm
    public String title;
    @RestForm
    public String requestNumber;
    @RestForm
    public String requestDate;
    @RestForm
    public String issuer;
    @RestForm
    public String periodKind;
    @RestForm
    public String year;
    @RestForm
    public String index;
    @RestForm
    public String deadlineDate;
    @RestForm
    public String deadlineTime;
    @RestForm
    public String templateCode;
    @RestForm("agency")
    public List<String> agencies = new ArrayList<>();
    /**
     * A button that changes the selection instead of opening the round: a shortcut (so-ban, local,
     * none), or "period" to list the agencies of the period chosen.
     */
    @RestForm
    public String shortcut;

    /** A blank form: this year, the SNV as issuer, the first built-in outline. */
    static RoundFormInput blank(String firstTemplate) {
        RoundFormInput form = new RoundFormInput();
        form.issuer = ISSUER;
        form.periodKind = "YEAR";
        form.year = String.valueOf(LocalDate.now(vn.gov.quangngai.baocao.console.view.VietnameseFormat.VIETNAM).getYear());
        form.templateCode = firstTemplate;
        return form;
    }

    /**
     * The last day of the period chosen (the registry of that day is whom a round of the period can
     * expect); today while the period is not filled in yet.
     */
    public LocalDate asOf() {
        LocalDate today = LocalDate.now(vn.gov.quangngai.baocao.console.view.VietnameseFormat.VIETNAM);
        if (!(whole(year) instanceof Integer y) || y < 2000 || y > 2100) {
            return today;
        }
        Object part = whole(index);
        int month = switch (trim(periodKind) == null ? "YEAR" : trim(periodKind)) {
            case "HALF" -> part instanceof Integer i && i >= 1 && i <= 2 ? i * 6 : 12;
            case "QUARTER" -> part instanceof Integer i && i >= 1 && i <= 4 ? i * 3 : 12;
            case "MONTH" -> part instanceof Integer i && i >= 1 && i <= 12 ? i : 12;
            default -> 12;
        };
        return YearMonth.of(y, month).atEndOfMonth();
    }

    public Set<String> selected() {
        return new LinkedHashSet<>(agencies == null ? List.of() : agencies);
    }

    public boolean isSelected(String agency) {
        return agencies != null && agencies.contains(agency);
    }

    /** The body of POST /rounds. Empty fields are left out, so the service names each missing one. */
    NewRound toRequest() {
        return new NewRound(trim(code), trim(title), new NewRound.Letter(trim(requestNumber), trim(requestDate), trim(issuer)),
                new NewRound.Period(trim(periodKind), whole(year), whole(index)), deadline(), List.copyOf(selected()),
                trim(templateCode));
    }

    /** A date alone means the end of that day in Vietnam (the service's rule); with a time, that time in Vietnam. */
    private String deadline() {
        String date = trim(deadlineDate);
        String time = trim(deadlineTime);
        if (date == null || time == null) {
            return date;
        }
        return date + "T" + (time.length() == 5 ? time + ":00" : time) + "+07:00";
    }

    private static Object whole(String text) {
        String value = trim(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notWhole) {
            return value;
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
