package vn.gov.quangngai.baocao.importer.archfixture;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A class that breaks PlainJavaTest's rule on purpose (a Jackson annotation): the rule must fail on it. */
public record AnnotatedRecord(@JsonProperty("ten") String name) {
}
