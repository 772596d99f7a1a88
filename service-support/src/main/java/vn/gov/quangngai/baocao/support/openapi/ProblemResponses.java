package vn.gov.quangngai.baocao.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.gov.quangngai.baocao.support.problem.Problems;

/**
 * The problem answers of every operation, added to the OpenAPI document in one place: each error
 * response an operation declares gets the problem+json body, and every operation gets the answers
 * any of them may give (401 with its WWW-Authenticate, 500, 503). Resources declare only their own
 * codes, with a description.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (!responses.hasAPIResponse("401")) {
            responses.addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("No valid token: missing, forged, expired or issued for another service (AUTHENTICATION_REQUIRED)")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader().description("Bearer realm=\"baocao\"")
                            .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
        }
        if (!responses.hasAPIResponse("500")) {
            responses.addAPIResponse("500", OASFactory.createAPIResponse()
                    .description("An unexpected failure; the detail names an incident id for the operators (INTERNAL_ERROR). Not safe to retry blindly: read first."));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", OASFactory.createAPIResponse()
                    .description("The service's database or a service it depends on is unavailable (SERVICE_UNAVAILABLE); safe to retry later."));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (isError(status) && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problemContent());
            }
        });
        return operation;
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        return OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE, problem);
    }
}
