package vn.gov.quangngai.baocao.aggregation.document;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import vn.gov.quangngai.baocao.aggregation.summary.RoundHeader;
import vn.gov.quangngai.baocao.aggregation.summary.Summary;

/**
 * The provincial summary as a Word document in the state format: the two-column header, the
 * title and subject, an opening that cites the request, the body in the round's template with each
 * agency's contribution under its name, the completeness of the round, "Nơi nhận" and the
 * signature block, then the figures table as an appendix.
 */
@ApplicationScoped
public class SummaryDocxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String NOTHING_REPORTED = "Chưa có cơ quan, đơn vị nào báo cáo nội dung này.";

    private final DocumentConfig config;

    public SummaryDocxWriter(DocumentConfig config) {
        this.config = config;
    }

    public byte[] write(RoundHeader round, Summary summary) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.defaults(document);
            Docx.a4(document);
            header(document, summary);
            title(document, round);
            opening(document, round, summary);
            sections(document, summary);
            completeness(document, summary.completeness());
            recipientsAndSignature(document);
            new IndicatorsAppendix(document).write(summary);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary document", e);
        }
    }

    /** Top left: governing body, issuer, number; top right: national motto, place and date. */
    private void header(XWPFDocument document, Summary summary) {
        XWPFTable table = Docx.layout(document, 0.38, 0.62);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        Docx.run(Docx.line(left, true, ParagraphAlignment.CENTER), config.governingBody(), 13, false, false);
        Docx.run(Docx.line(left, false, ParagraphAlignment.CENTER), config.issuer(), 13, true, false);
        Docx.run(Docx.line(left, false, ParagraphAlignment.CENTER), "Số:      /" + config.symbol(), 13, false, false);
        Docx.run(Docx.line(right, true, ParagraphAlignment.CENTER), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
        Docx.run(Docx.line(right, false, ParagraphAlignment.CENTER), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
        Docx.run(Docx.line(right, false, ParagraphAlignment.CENTER),
                config.place() + ", ngày      tháng      năm " + summary.generatedAt().getYear(), 14, false, true);
    }

    private static void title(XWPFDocument document, RoundHeader round) {
        XWPFParagraph title = Docx.paragraph(document, ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        title.setSpacingAfter(0);
        Docx.run(title, "BÁO CÁO", 14, true, false);
        Docx.run(Docx.paragraph(document, ParagraphAlignment.CENTER), subject(round), 14, true, false);
    }

    /** "Báo cáo kết quả công tác …" becomes the subject line "Kết quả công tác …". */
    static String subject(RoundHeader round) {
        String title = round.title().strip();
        if (title.regionMatches(true, 0, "Báo cáo ", 0, 8)) {
            title = title.substring(8);
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    private static void opening(XWPFDocument document, RoundHeader round, Summary summary) {
        Summary.Completeness completeness = summary.completeness();
        String text = "Thực hiện Công văn số " + round.requestNumber() + " ngày " + VietnameseFormat.DATE.format(round.requestDate())
                + " của " + round.requestIssuer() + ", trên cơ sở báo cáo của " + completeness.submitted() + "/" + completeness.expected()
                + " cơ quan, đơn vị, Sở Nội vụ tổng hợp kết quả như sau:";
        Docx.run(Docx.body(document), text, Docx.BODY_SIZE, false, false);
    }

    private static void sections(XWPFDocument document, Summary summary) {
        for (Summary.SectionCompilation section : summary.sections()) {
            Docx.run(Docx.body(document), section.key() + ". " + section.title(), Docx.BODY_SIZE, true, false);
            if (section.contributions().isEmpty()) {
                Docx.run(Docx.body(document), NOTHING_REPORTED, Docx.BODY_SIZE, false, true);
            }
            for (Summary.Contribution contribution : section.contributions()) {
                List<String> paragraphs = contribution.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                XWPFParagraph first = Docx.body(document);
                Docx.run(first, contribution.agencyName() + ": ", Docx.BODY_SIZE, true, true);
                Docx.run(first, paragraphs.isEmpty() ? "" : paragraphs.get(0), Docx.BODY_SIZE, false, false);
                for (String paragraph : paragraphs.subList(Math.min(1, paragraphs.size()), paragraphs.size())) {
                    Docx.run(Docx.body(document), paragraph, Docx.BODY_SIZE, false, false);
                }
            }
        }
    }

    private static void completeness(XWPFDocument document, Summary.Completeness completeness) {
        Docx.run(Docx.body(document), "Tình hình gửi báo cáo", Docx.BODY_SIZE, true, false);
        Docx.run(Docx.body(document), "Có " + completeness.submitted() + "/" + completeness.expected() + " cơ quan, đơn vị đã gửi báo cáo ("
                + completeness.accepted() + " báo cáo đã được chấp nhận, " + completeness.nil() + " báo cáo không phát sinh); "
                + completeness.returned() + " báo cáo được trả lại để chỉnh sửa.", Docx.BODY_SIZE, false, false);
        Docx.run(Docx.body(document), "Gửi báo cáo chậm so với thời hạn: " + names(completeness.late()) + ".", Docx.BODY_SIZE, false, false);
        Docx.run(Docx.body(document), "Chưa gửi báo cáo: " + names(completeness.missing()) + ".", Docx.BODY_SIZE, false, false);
    }

    static String names(List<Summary.AgencyRef> agencies) {
        return agencies.isEmpty() ? "không có" : agencies.stream().map(Summary.AgencyRef::name).collect(Collectors.joining(", "));
    }

    /** Bottom left "Nơi nhận:" and its list; bottom right the signature block, the name a placeholder until signed. */
    private void recipientsAndSignature(XWPFDocument document) {
        XWPFTable table = Docx.layout(document, 0.5, 0.5);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        Docx.run(Docx.line(left, true, ParagraphAlignment.LEFT), "Nơi nhận:", 12, true, true);
        List<String> recipients = config.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            Docx.run(Docx.line(left, false, ParagraphAlignment.LEFT), "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }
        boolean first = true;
        if (!config.signer().delegation().isBlank()) {
            Docx.run(Docx.line(right, true, ParagraphAlignment.CENTER), config.signer().delegation(), 14, true, false);
            first = false;
        }
        Docx.run(Docx.line(right, first, ParagraphAlignment.CENTER), config.signer().title(), 14, true, false);
        for (int i = 0; i < 4; i++) {
            Docx.line(right, false, ParagraphAlignment.CENTER);
        }
        Docx.run(Docx.line(right, false, ParagraphAlignment.CENTER), config.signer().name(), 14, true, false);
    }
}
