package vn.gov.quangngai.baocao.console.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.console.client.model.Summary;

class IndicatorChartTest {

    static Summary.AgencyValue value(String agency, JsonNode value) {
        return new Summary.AgencyValue(agency, "Cơ quan " + agency, value, 1);
    }

    static Summary.IndicatorTotal indicator(List<Summary.AgencyValue> values) {
        return new Summary.IndicatorTotal("II.1.support_people", "Số người được hỗ trợ", "người", "SUM", null, values.size(), values);
    }

    @Test
    void largestValuesComeFirstScaledToTheLargestAndTheRestAreCounted() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        List<Summary.AgencyValue> values = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            values.add(value("A" + i, json.numberNode(i * 1000)));
        }
        values.add(value("ZERO", json.numberNode(0)));

        IndicatorChart chart = IndicatorChart.of(indicator(values), 10);

        assertThat(chart.bars()).hasSize(10);
        assertThat(chart.bars().get(0)).isEqualTo(new IndicatorChart.Bar("A12", "Cơ quan A12", "12.000", 100));
        assertThat(chart.bars().get(9).agency()).isEqualTo("A3");
        assertThat(chart.bars().get(9).length()).isEqualTo(25);
        assertThat(chart.others()).isEqualTo(3);
    }

    @Test
    void aTinyValueStillShowsAndZeroShowsNothing() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        IndicatorChart chart = IndicatorChart.of(indicator(List.of(value("BIG", json.numberNode(196878)), value("SMALL", json.numberNode(1)),
                value("NONE", json.numberNode(0)))), 10);

        assertThat(chart.bars()).extracting(IndicatorChart.Bar::length).containsExactly(100, 1, 0);
    }

    @Test
    void indicatorsWithoutNumbersHaveNoChart() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        assertThat(IndicatorChart.of(indicator(List.of(value("BDT", json.booleanNode(true)), value("STC", json.textNode("có")))), 10)).isNull();
        assertThat(IndicatorChart.of(indicator(List.of()), 10)).isNull();
    }
}
