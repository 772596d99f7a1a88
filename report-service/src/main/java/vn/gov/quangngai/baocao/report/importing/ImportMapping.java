package vn.gov.quangngai.baocao.report.importing;

import java.util.List;
import java.util.function.Function;
import vn.gov.quangngai.baocao.importer.Draft;
import vn.gov.quangngai.baocao.importer.DraftMerge;
import vn.gov.quangngai.baocao.importer.IndicatorType;
import vn.gov.quangngai.baocao.importer.Reading;
import vn.gov.quangngai.baocao.importer.Template;
import vn.gov.quangngai.baocao.report.shared.ReportContent;

/**
 * The round's outline and the saved draft as the importer takes them, and what it gives back as the
 * service stores and answers it. Field for field and value for value (the JSON values pass through
 * as they are), so an import answers exactly what it answered when the importer used these types itself.
 */
final class ImportMapping {

    private ImportMapping() {
    }

    /** The round's template, written out in full where the importer's {@link Template} of the same name meets it. */
    static Template template(vn.gov.quangngai.baocao.report.shared.Template round) {
        return new Template(round.sections().stream().map(s -> new Template.Section(s.key(), s.title(), s.indicators().stream()
                .map(i -> new Template.Indicator(i.code(), i.label(), i.unit(), i.type() == null ? null : IndicatorType.valueOf(i.type().name()), i.hints()))
                .toList())).toList());
    }

    /** The saved draft; null (nothing saved yet) stays null. */
    static Draft draft(ReportContent content) {
        if (content == null) {
            return null;
        }
        ReportContent.Document d = content.document();
        Draft.Document document = d == null ? null : new Draft.Document(d.number(), d.date(), d.place(),
                d.signer() == null ? null : new Draft.Signer(d.signer().name(), d.signer().title(), d.signer().delegation()),
                d.recipients(), d.answers() == null ? null : new Draft.Answers(d.answers().number(), d.answers().date()));
        return new Draft(document, map(content.sections(), s -> new Draft.SectionText(s.key(), s.text())),
                map(content.indicators(), i -> new Draft.IndicatorValue(i.code(), i.value())), content.nilReport());
    }

    static ReportContent content(Draft draft) {
        Draft.Document d = draft.document();
        ReportContent.Document document = d == null ? null : new ReportContent.Document(d.number(), d.date(), d.place(),
                d.signer() == null ? null : new ReportContent.Signer(d.signer().name(), d.signer().title(), d.signer().delegation()),
                d.recipients(), d.answers() == null ? null : new ReportContent.Answers(d.answers().number(), d.answers().date()));
        return new ReportContent(document, map(draft.sections(), s -> new ReportContent.SectionText(s.key(), s.text())),
                map(draft.indicators(), i -> new ReportContent.IndicatorValue(i.code(), i.value())), draft.nilReport());
    }

    /** The document as read, merged into the saved draft, as the API answers it. */
    static ImportResult result(Reading read, DraftMerge.Merged merged) {
        return new ImportResult(content(merged.draft()),
                map(read.suggestions(), s -> new ImportResult.Suggestion(s.code(), s.value(), s.source())),
                map(read.warnings(), w -> new ImportResult.Warning(w.line(), w.text(), w.reason())),
                read.placed(),
                map(merged.fields(), f -> new ImportResult.Field(f.field(), ImportResult.Origin.valueOf(f.origin().name()), f.saved(), f.file())));
    }

    /** A list mapped element by element; a missing list stays missing, as the stored JSON had it. */
    private static <A, B> List<B> map(List<A> list, Function<A, B> each) {
        return list == null ? null : list.stream().map(each).toList();
    }
}
