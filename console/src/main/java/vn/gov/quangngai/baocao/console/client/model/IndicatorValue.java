package vn.gov.quangngai.baocao.console.client.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A figure's value as reported: a number, true/false or text; null when left empty. */
public record IndicatorValue(String code, JsonNode value) {
}
