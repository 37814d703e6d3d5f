package nl.ptvt.academy.certification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ptvt.academy.certification.CertificateDocument;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.pdf.CertificatePdf;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * The PDF of one of the signed-in person's certificates for {@code /mijn-certificaten}:
 * {@code /mijn-certificaten/certificaat.pdf?code=}. (The REST API's PDF takes a bearer token, which a page session has
 * not.) Inside the learners' page area, so its role rule applies; another person's code is not found, as in the API.
 */
@WebServlet(name = "MyCertificatePdfServlet", urlPatterns = "/mijn-certificaten/certificaat.pdf")
public class MyCertificatePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String CODE = "code";

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getParameter(CODE);
        CertificateDocument document;
        try {
            document = certificates.myDocument(code == null ? "" : code.strip());
        } catch (ResourceNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificatePdf.of(document);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CertificatePdf.fileName(document) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }
}
