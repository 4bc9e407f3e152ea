package org.privacyrights.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.privacyrights.register.application.RegisterExports;
import org.privacyrights.register.domain.ProcessingRegister;

/** The record of processing activities (Art. 30) and the legitimate-interest assessments, as JSON, CSV and PDF. */
@Path("admin/register")
@RequestScoped
@SecurityRequirement(name = "staff")
public class AdminRegisterResource {

    @EJB
    RegisterExports exports;

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

    private static Response download(byte[] content, String type, String name) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
