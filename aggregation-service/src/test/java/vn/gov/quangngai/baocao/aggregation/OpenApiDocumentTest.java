package vn.gov.quangngai.baocao.aggregation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.quangngai.baocao.support.testing.CommittedOpenApi;
import vn.gov.quangngai.baocao.support.testing.EmbeddedPostgresResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class OpenApiDocumentTest {

    @Test
    void committedDocumentMatchesTheServedOne() {
        CommittedOpenApi.assertServedDocumentMatches("aggregation-service");
    }
}
