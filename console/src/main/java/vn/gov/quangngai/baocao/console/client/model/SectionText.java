package vn.gov.quangngai.baocao.console.client.model;

/** An agency's text for one section of the outline. */
public record SectionText(String key, String text) {
}
