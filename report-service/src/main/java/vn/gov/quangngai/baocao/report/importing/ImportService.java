package vn.gov.quangngai.baocao.report.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import vn.gov.quangngai.baocao.importer.DraftMerge;
import vn.gov.quangngai.baocao.importer.ImportRefusal;
import vn.gov.quangngai.baocao.importer.LegacyDocumentReaders;
import vn.gov.quangngai.baocao.importer.LegacyReportImporter;
import vn.gov.quangngai.baocao.importer.Reading;
import vn.gov.quangngai.baocao.importer.SourceLine;
import vn.gov.quangngai.baocao.importer.Template;
import vn.gov.quangngai.baocao.report.reports.ReportService;
import vn.gov.quangngai.baocao.report.rounds.ReportAccess;
import vn.gov.quangngai.baocao.report.rounds.ReportEntity;
import vn.gov.quangngai.baocao.report.rounds.RoundService;
import vn.gov.quangngai.baocao.report.shared.CallerContext;
import vn.gov.quangngai.baocao.support.http.Precondition;

/** Reads an agency's existing report (text or .docx) into its saved draft for the round, or only shows what the draft would become. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ReportAccess access;
    private final RoundService rounds;
    private final ReportService reports;
    private final CallerContext caller;

    public ImportService(ReportAccess access, RoundService rounds, ReportService reports, CallerContext caller) {
        this.access = access;
        this.rounds = rounds;
        this.reports = reports;
        this.caller = caller;
    }

    /** How the document came: UTF-8 text, a .docx, or an old binary .doc (refused with the fix). */
    public enum Format { TEXT, DOCX, OLD_WORD }

    @Transactional
    public ImportResult importReport(String round, String agency, byte[] document, Format format, boolean dryRun) {
        // who may import is settled first; the document is then read holding no lock (a large .docx takes a while to
        // read), and only a real import locks the report, for as long as the merge and the save take
        access.requireOwnReport(round, agency);
        Template template = ImportMapping.template(rounds.templateFor(round, agency).orElseThrow());
        Reading read = read(template, document, format);
        ReportEntity report = dryRun ? access.readable(round, agency) : access.ownForUpdate(round, agency, Precondition.NONE);
        ImportResult result = ImportMapping.result(read, DraftMerge.merge(template, ImportMapping.draft(report.draft), read.draft()));
        if (!dryRun) {
            // only the merged draft: a saved value the file contradicts stays until the officer chooses
            reports.saveDraft(round, agency, result.draft());
        }
        LOG.infof("Report %s/%s imported from %s by %s%s: %d sections, %d figures, %.0f%% of the text placed, %d warnings, %d fields the file contradicts",
                round, agency, format == Format.DOCX ? ".docx" : "text", caller.actor().username(), dryRun ? " (dry run)" : "",
                result.draft().sections().size(), result.suggestions().size(), result.placed() * 100, result.warnings().size(),
                result.fields().stream().filter(f -> f.origin() == ImportResult.Origin.CONFLICT).count());
        return result;
    }

    /** The document as the importer reads it against the outline; a refusal in the error catalogue's words. */
    private static Reading read(Template template, byte[] document, Format format) {
        if (format == Format.OLD_WORD) {
            throw ImportRefusals.problem(LegacyDocumentReaders.oldWord());
        }
        try {
            List<SourceLine> lines = format == Format.DOCX ? LegacyDocumentReaders.docx(document) : LegacyDocumentReaders.text(document);
            return new LegacyReportImporter(template).read(lines);
        } catch (ImportRefusal refusal) {
            throw ImportRefusals.problem(refusal);
        }
    }
}
