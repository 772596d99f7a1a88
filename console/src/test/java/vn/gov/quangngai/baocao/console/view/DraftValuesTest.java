package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.DraftContent;
import vn.gov.quangngai.baocao.console.client.model.IndicatorValue;
import vn.gov.quangngai.baocao.console.client.model.Template;
import vn.gov.quangngai.baocao.console.client.model.ReportDocument;
import vn.gov.quangngai.baocao.console.client.model.SectionText;

class DraftValuesTest {

    static final Template TEMPLATE = new Template(List.of(
            new Template.Section("I", "Công tác lãnh đạo", null, List.of()),
            new Template.Section("II.1", "Mục tiêu kép", null, List.of(
                    new Template.Indicator("II.1.people", "Số khẩu được hỗ trợ", "người", "INTEGER", "SUM", false),
                    new Template.Indicator("II.1.money", "Kinh phí hỗ trợ", "đồng", "MONEY", "SUM", false),
                    new Template.Indicator("II.1.share", "Tỷ lệ hộ nghèo", "%", "DECIMAL", "MAX", false))),
            new Template.Section("II.6", "Dân vận khéo", null, List.of(
                    new Template.Indicator("II.6.models", "Số mô hình", "mô hình", "INTEGER", "SUM", true),
                    new Template.Indicator("II.6.has_model", "Có mô hình", null, "BOOLEAN", "COUNT", false),
                    new Template.Indicator("II.6.note", "Ghi chú", null, "TEXT", "NONE", false)))));

    @Test
    void theServicesValuesAreShownTheVietnameseWay() {
        DraftContent content = new DraftContent(
                new ReportDocument("215/BC-STC", "2021-11-12", "Quảng Ngãi", new ReportDocument.Signer("Trần Văn Bình", "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
                        List.of("Sở Nội vụ;", "Lưu: VT."), new ReportDocument.Answers("2454/SNV-XDCQ", "2021-10-29")),
                List.of(new SectionText("I", "Ban hành kế hoạch.")),
                List.of(new IndicatorValue("II.1.people", LongNode.valueOf(196878)), new IndicatorValue("II.1.money", LongNode.valueOf(9_000_000_000L)),
                        new IndicatorValue("II.1.share", DecimalNode.valueOf(new BigDecimal("215.4"))), new IndicatorValue("II.6.has_model", BooleanNode.TRUE)),
                false);

        DraftValues values = DraftValues.of(TEMPLATE, content);

        assertThat(values.get("figure:II.1.people")).isEqualTo("196.878");
        assertThat(values.get("figure:II.1.money")).isEqualTo("9.000.000.000");
        assertThat(values.get("figure:II.1.share")).isEqualTo("215,4");
        assertThat(values.get("figure:II.6.has_model")).isEqualTo("true");
        assertThat(values.get("figure:II.6.models")).as("left empty is not a zero").isEmpty();
        assertThat(values.get("section:I")).isEqualTo("Ban hành kế hoạch.");
        assertThat(values.get("recipients")).isEqualTo("Sở Nội vụ;\nLưu: VT.");
        assertThat(values.get("signer.delegation")).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(values.get("answers.date")).isEqualTo("2021-10-29");
    }

    @Test
    void theBodySendsNumbersAsJsonNumbersInTheTemplatesOrderAndLeavesEmptyFieldsOut() throws Exception {
        DraftValues typed = typed(Map.of("figure:II.6.models", "2", "figure:II.1.money", "9.000.000.000", "figure:II.1.people", "196.878",
                "figure:II.1.share", "215,4", "figure:II.6.has_model", "false", "figure:II.6.note", " có ", "section:II.6", "  Đăng ký 02 mô hình. ",
                "date", "12/11/2021", "signer.name", "Trần Văn Bình", "recipients", "Sở Nội vụ;\n\n  Lưu: VT. \n"));

        DraftValues.Body body = typed.toBody(TEMPLATE);

        assertThat(new ObjectMapper().writeValueAsString(body.content())).isEqualTo("""
                {"document":{"date":"2021-11-12","signer":{"name":"Trần Văn Bình"},"recipients":["Sở Nội vụ;","Lưu: VT."]},\
                "sections":[{"key":"II.6","text":"Đăng ký 02 mô hình."}],\
                "indicators":[{"code":"II.1.people","value":196878},{"code":"II.1.money","value":9000000000},\
                {"code":"II.1.share","value":215.4},{"code":"II.6.models","value":2},{"code":"II.6.has_model","value":false},\
                {"code":"II.6.note","value":"có"}],"nilReport":false}""");
    }

    @Test
    void whatIsNotTheIndicatorsKindIsSentAsTypedForTheServiceToName() {
        assertThat(DraftValues.value("INTEGER", "mười hai")).isEqualTo(TextNode.valueOf("mười hai"));
        assertThat(DraftValues.value("INTEGER", "1,5")).isEqualTo(DecimalNode.valueOf(new BigDecimal("1.5")));
        assertThat(DraftValues.value("BOOLEAN", "có")).isEqualTo(TextNode.valueOf("có"));
        assertThat(DraftValues.value("MONEY", "12,0")).isEqualTo(LongNode.valueOf(12));
    }

    @Test
    void eachPointerOfTheBodyLeadsBackToTheFieldItCameFrom() {
        DraftValues.Body body = typed(Map.of("section:I", "a", "section:II.6", "b", "figure:II.1.share", "x", "figure:II.6.models", "y"))
                .toBody(TEMPLATE);

        DraftPointers pointers = body.pointers();
        assertThat(pointers.fieldOf("/indicators/1/value")).isEqualTo("figure:II.6.models");
        assertThat(pointers.fieldOf("/indicators/0/code")).isEqualTo("figure:II.1.share");
        assertThat(pointers.fieldOf("/sections/1/key")).isEqualTo("section:II.6");
        assertThat(pointers.fieldOf("/document/date")).isEqualTo("date");
        assertThat(pointers.fieldOf("/document/signer/name")).isEqualTo("signer.name");
        assertThat(pointers.fieldOf("/document/recipients/2")).isEqualTo("recipients");
        assertThat(pointers.fieldOf("/document/answers/date")).isEqualTo("answers.date");
        assertThat(pointers.fieldOf("/nilReport")).isEqualTo("nilReport");
        assertThat(pointers.fieldOf("/indicators/9/value")).as("beyond the body: the form as a whole").isEmpty();
        assertThat(pointers.fieldOf("/something")).isEmpty();
    }

    @Test
    void aRequiredIndicatorLeftOutIsFoundByTheCodeItsMessageNames() {
        DraftPointers none = new DraftPointers(List.of(), List.of());

        assertThat(none.fieldOf("/indicators", "chỉ tiêu II.6.models (Số mô hình) là bắt buộc khi nộp báo cáo", TEMPLATE))
                .isEqualTo("figure:II.6.models");
        assertThat(none.fieldOf("/indicators", "chỉ tiêu II.9.x là bắt buộc", TEMPLATE)).isEmpty();
    }

    @Test
    void aNilReportWithNothingTypedSendsOnlyTheSwitch() throws Exception {
        DraftValues nil = new DraftValues(Map.of(), true);

        assertThat(new ObjectMapper().writeValueAsString(nil.toBody(TEMPLATE).content()))
                .isEqualTo("{\"sections\":[],\"indicators\":[],\"nilReport\":true}");
    }

    static DraftValues typed(Map<String, String> fields) {
        return new DraftValues(new LinkedHashMap<>(fields), false);
    }
}
