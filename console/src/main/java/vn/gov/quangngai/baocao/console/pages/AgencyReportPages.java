package vn.gov.quangngai.baocao.console.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.quangngai.baocao.console.client.ReportServiceClient;
import vn.gov.quangngai.baocao.console.client.Tagged;
import vn.gov.quangngai.baocao.console.client.model.ImportPreview;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.Problem;
import vn.gov.quangngai.baocao.console.client.model.Report;
import vn.gov.quangngai.baocao.console.client.model.ReportDiff;
import vn.gov.quangngai.baocao.console.client.model.Round;
import vn.gov.quangngai.baocao.console.client.model.Version;
import vn.gov.quangngai.baocao.console.view.Countdown;
import vn.gov.quangngai.baocao.console.view.DraftComparison;
import vn.gov.quangngai.baocao.console.view.DraftPointers;
import vn.gov.quangngai.baocao.console.view.DraftSheet;
import vn.gov.quangngai.baocao.console.view.DraftValues;
import vn.gov.quangngai.baocao.console.view.FieldMessages;
import vn.gov.quangngai.baocao.console.view.ImportChoices;
import vn.gov.quangngai.baocao.console.view.Notice;
import vn.gov.quangngai.baocao.console.view.ProblemMessages;
import vn.gov.quangngai.baocao.console.view.ReportSheet;
import vn.gov.quangngai.baocao.console.view.SignedInPerson;

/**
 * An agency's own report page, as its officer sees it: where the report stands and how the deadline
 * stands, SNV's reason and what changed since when it was returned, and the form generated from the
 * outline while it may be edited (else the submitted version). The same page comes back, with what
 * was typed, after a refused save, a save someone else's overtook, a refused submission, or a
 * document read into the saved draft (with a choice for each field the file gives otherwise).
 */
@ApplicationScoped
public class AgencyReportPages {

    /** What the form shows against the draft the service holds; console.js keeps or clears the copy in the browser by it. */
    enum Shown {
        /** The service's draft: a copy kept in the browser (the sign-in round trip) is offered back. */
        SERVER,
        /** Just saved or submitted, or the saved one chosen: the browser's copy is dropped. */
        SAVED,
        /** Typed or imported, not saved: the browser keeps it. */
        UNSAVED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The page; {@code form} is null when the report may not be edited, {@code latest} and {@code sheet} then show what was submitted. */
    public record AgencyPage(Round round, Tagged current, String etag, Countdown countdown, Notice notice, ProblemMessages.Message problem,
                             ReportDiff changes, Version latest, ReportSheet sheet, DraftSheet form, boolean editable, Imported imported,
                             DraftComparison conflict, String draftState, ImportChoices choices) {

        public Report report() {
            return current.report();
        }

        /** A draft is there to submit: saved at least once, or returned. */
        public boolean submittable() {
            return editable && ("DRAFT".equals(report().status()) || "RETURNED".equals(report().status()));
        }
    }

    /** An imported document: its name, the text not placed (each with why, in Vietnamese), the share placed, the figures suggested. */
    public record Imported(String fileName, List<ImportPreview.Warning> warnings, long placedPercent, int suggested) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencyReport(AgencyPage page);
    }

    /** What a rendering shows beside the service's current report. */
    private record View(Notice notice, ProblemMessages.Message problem, DraftValues shown, String etag, Map<String, List<String>> errors,
                        Map<String, String> sources, Imported imported, boolean conflict, Shown state, ImportChoices choices) {

        View(Notice notice, ProblemMessages.Message problem, DraftValues shown, String etag, Map<String, List<String>> errors,
             Map<String, String> sources, Imported imported, boolean conflict, Shown state) {
            this(notice, problem, shown, etag, errors, sources, imported, conflict, state, ImportChoices.none());
        }
    }

    private final ReportServiceClient reports;
    private final SignedInPerson person;

    public AgencyReportPages(ReportServiceClient reports, SignedInPerson person) {
        this.reports = reports;
        this.person = person;
    }

    /** These pages are an agency's officer's, for their own agency only; anyone else is refused before the service is asked (it refuses too). */
    void requireOwn(String agency) {
        if (!person.submitter() || !person.mayActFor(agency)) {
            throw new ForbiddenException();
        }
    }

    public TemplateInstance page(String round, String agency, Notice notice) {
        Shown state = notice == Notice.SAVED || notice == Notice.SUBMITTED || notice == Notice.TOOK_SAVED ? Shown.SAVED : Shown.SERVER;
        return render(round, agency, new View(notice, null, null, null, Map.of(), Map.of(), null, false, state));
    }

    /** A save the service refused (422, 409): the form as typed, each message beside its field. */
    TemplateInstance refusedSave(String round, String agency, DraftValues typed, String etag, Map<String, List<String>> errors,
                                 ProblemMessages.Message problem, ImportChoices choices) {
        return render(round, agency, new View(null, problem, typed, etag, errors, Map.of(), null, false, Shown.UNSAVED, choices));
    }

    /** A choice between a saved value and the file's picked without JavaScript: the form as typed with the picked values, nothing saved. */
    TemplateInstance choosing(String round, String agency, String etag, ImportChoices.Picked picked) {
        return render(round, agency, new View(null, null, picked.values(), etag, Map.of(), Map.of(), null, false, Shown.UNSAVED, picked.choices()));
    }

    /** Someone else saved while this person typed: both drafts side by side; saving again keeps the typed one. */
    TemplateInstance conflict(String round, String agency, DraftValues typed) {
        return render(round, agency, new View(null, null, typed, null, Map.of(), Map.of(), null, true, Shown.UNSAVED));
    }

    /**
     * A document read into the saved draft (nothing stored): suggested figures marked with their sentences, what was not placed
     * listed, and each field the file gives otherwise than saved with both values, the saved one in the form until the officer picks.
     */
    TemplateInstance imported(String round, String agency, String etag, String fileName, ImportPreview preview) {
        Template template = template(reports.round(round));
        DraftValues values = DraftValues.of(template, preview.draft());
        Map<String, String> sources = preview.suggestions().stream()
                .filter(s -> s.code() != null && s.source() != null)
                .collect(Collectors.toMap(ImportPreview.Suggestion::code, ImportPreview.Suggestion::source, (a, b) -> a));
        List<ImportPreview.Warning> warnings = preview.warnings().stream()
                .map(w -> new ImportPreview.Warning(w.line(), w.text(), FieldMessages.vietnamese(w.reason()))).toList();
        Imported imported = new Imported(fileName, warnings, Math.round(preview.placed() * 100), sources.size());
        return render(round, agency, new View(null, null, values, etag, Map.of(), sources, imported, false, Shown.UNSAVED,
                ImportChoices.of(template, preview.fields())));
    }

    /** A document that could not be read: the page as it was, the reason above the import form. */
    TemplateInstance importRefused(String round, String agency, ProblemMessages.Message problem) {
        return render(round, agency, new View(null, problem, null, null, Map.of(), Map.of(), null, false, Shown.SERVER));
    }

    /** A submission refused for empty required figures: each message beside the figure it names. */
    TemplateInstance missingAtSubmit(String round, String agency, List<Problem.FieldError> problems, ProblemMessages.Message problem) {
        Round read = reports.round(round);
        Template template = template(read);
        DraftPointers pointers = DraftPointers.of(reports.report(round, agency).report().content());
        Map<String, List<String>> errors = FieldMessages.byError(problems, e -> pointers.fieldOf(e.pointer(), e.message(), template));
        return render(round, agency, new View(null, problem, null, null, errors, Map.of(), null, false, Shown.SERVER));
    }

    private TemplateInstance render(String code, String agency, View view) {
        requireOwn(agency);
        Round round = reports.round(code);
        Tagged current = reports.report(code, agency);
        Report report = current.report();
        Template template = template(round);
        boolean editable = editable(round, report);
        DraftValues saved = DraftValues.of(template, report.content());
        DraftSheet form = null;
        DraftComparison conflict = null;
        // what was typed is shown back even when the report can no longer be edited: it is the person's to copy
        if (editable || view.shown() != null) {
            DraftValues shown = view.shown() == null ? saved : view.shown();
            form = DraftSheet.of(template, shown, view.errors(), view.sources());
            conflict = view.conflict() ? DraftComparison.of(template, saved, shown) : null;
        }
        ReportDiff changes = "RETURNED".equals(report.status()) && report.version() > 0 ? reports.diffWithDraft(code, agency) : null;
        Version latest = !editable && report.version() > 0 ? reports.version(code, agency, report.version()) : null;
        String etag = view.etag() == null || view.etag().isBlank() || view.conflict() ? current.etag() : view.etag();
        Countdown countdown = Countdown.of(round.deadline(), submissionsOpen(round, report), report.status(), report.late(),
                report.firstSubmittedAt(), OffsetDateTime.now());
        return Templates.agencyReport(new AgencyPage(round, current, etag, countdown, view.notice(), view.problem(), changes, latest,
                latest == null ? null : ReportSheet.of(template, latest), form, editable, view.imported(), conflict, view.state().key(),
                form == null ? ImportChoices.none() : view.choices()));
    }

    static Template template(Round round) {
        return round.template() == null ? new Template(List.of()) : round.template();
    }

    /** The agency may change its report: not submitted or accepted, and the round takes submissions from it. */
    static boolean editable(Round round, Report report) {
        String status = report.status();
        boolean draftable = "NOT_STARTED".equals(status) || "DRAFT".equals(status) || "RETURNED".equals(status);
        return draftable && submissionsOpen(round, report);
    }

    private static boolean submissionsOpen(Round round, Report report) {
        return round.open() || Boolean.TRUE.equals(report.reopened());
    }
}
