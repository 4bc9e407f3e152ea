package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.platform.InvalidInputException;
import org.privacyrights.register.application.RegisterEditor;
import org.privacyrights.register.application.RegisterExports;
import org.privacyrights.register.application.RegisterJson;
import org.privacyrights.register.application.RegisterVersionView;
import org.privacyrights.register.domain.LegitimateInterestAssessment;
import org.privacyrights.register.domain.ProcessingActivity;
import org.privacyrights.register.domain.ProcessingRegister;

/** The record of processing activities (Art. 30) and the legitimate-interest assessments, as JSON, CSV and PDF. */
@Path("admin/register")
@RequestScoped
@SecurityRequirement(name = "staff")
public class AdminRegisterResource {

    @EJB
    RegisterExports exports;

    @EJB
    RegisterEditor editor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The register: controller, activities with role and legal basis, assessments")
    public ProcessingRegister register() {
        return exports.register();
    }

    @GET
    @Path("csv")
    @Produces("text/csv")
    @Operation(summary = "The register as CSV, one activity a row")
    public Response csv() {
        return download(exports.csv(), "text/csv; charset=UTF-8", "processing-register.csv");
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @Operation(summary = "The register and the assessments as PDF")
    public Response pdf() {
        return download(exports.pdf(), "application/pdf", "processing-register.pdf");
    }

    @PUT
    @Path("activities/{system}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace the activity of a connected system (shape of config/register.json)")
    public Map<String, Integer> saveActivity(@PathParam("system") String system, JsonObject activity) {
        ProcessingActivity parsed = parse(() -> RegisterJson.activity(activity, "the activity"));
        if (!parsed.system().equals(system)) {
            throw new InvalidInputException("system", "must be the system of the address, " + system);
        }
        return Map.of("version", editor.saveActivity(parsed));
    }

    @PUT
    @Path("assessments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add or replace a legitimate-interest assessment")
    public Map<String, Integer> saveAssessment(@PathParam("id") String id, JsonObject assessment) {
        LegitimateInterestAssessment parsed = parse(() -> RegisterJson.assessment(assessment, "the assessment"));
        if (!parsed.id().equals(id)) {
            throw new InvalidInputException("id", "must be the id of the address, " + id);
        }
        return Map.of("version", editor.saveAssessment(parsed));
    }

    @GET
    @Path("versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every saved version of the register, newest first")
    public List<RegisterVersionView> versions() {
        return editor.history();
    }

    /** A body that is not a valid entry is the caller's mistake, named like any other. */
    private static <T> T parse(java.util.function.Supplier<T> parsing) {
        try {
            return parsing.get();
        } catch (IllegalStateException | NullPointerException e) {
            throw new InvalidInputException("body", String.valueOf(e.getMessage()));
        }
    }

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
