package vn.gov.quangngai.baocao.report.rounds;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.quangngai.baocao.support.i18n.Msg;
import vn.gov.quangngai.baocao.support.problem.ApiException;
import vn.gov.quangngai.baocao.support.problem.ErrorCode;

/** {@code /api/v1/templates}: the built-in outlines. */
@Path("/api/v1/templates")
@Tag(name = "Templates", description = "Built-in outlines a round can be opened from")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class TemplateResource {

    private final TemplateCatalog templates;

    public TemplateResource(TemplateCatalog templates) {
        this.templates = templates;
    }

    @GET
    @Operation(operationId = "listTemplates", summary = "List built-in outlines", description = "The annual \"dân vận chính quyền\" outline first.")
    @APIResponse(responseCode = "200", description = "The outlines", content = @Content(schema = @Schema(implementation = BuiltInTemplate.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<BuiltInTemplate> list() {
        return templates.all();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getTemplate", summary = "One built-in outline")
    @APIResponse(responseCode = "200", description = "The outline", content = @Content(schema = @Schema(implementation = BuiltInTemplate.class)))
    @APIResponse(responseCode = "404", description = "No such outline (TEMPLATE_NOT_FOUND)")
    public BuiltInTemplate get(@PathParam("code") String code) {
        return templates.find(code).orElseThrow(() -> new ApiException(ErrorCode.TEMPLATE_NOT_FOUND, Msg.of("report.template.notFound", code)));
    }
}
