package nl.ptvt.academy.session.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.ptvt.academy.session.SessionAttendance;
import nl.ptvt.academy.session.SessionParticipants;
import nl.ptvt.academy.session.rest.SignInSheetPdf;
import nl.ptvt.academy.shared.AccessRefusedException;
import nl.ptvt.academy.shared.ResourceNotFoundException;

/**
 * The sign-in sheet for the trainer's page: {@code /trainer/presentielijst.pdf?sessie=}. (The REST API's sheet takes a
 * bearer token, which a page session has not.) Inside the trainers' page area, so its role rule applies; whether the
 * caller is a trainer of this session is the service's to decide.
 */
@WebServlet(name = "SignInSheetServlet", urlPatterns = "/trainer/presentielijst.pdf")
public class SignInSheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String SESSION = "sessie";

    @Inject
    SessionAttendance attendance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long sessionId = number(request.getParameter(SESSION));
        if (sessionId == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SessionParticipants session;
        try {
            session = attendance.participants(sessionId);
        } catch (ResourceNotFoundException | AccessRefusedException refused) {
            response.sendError(refused instanceof AccessRefusedException ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = SignInSheetPdf.of(session);
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + SignInSheetPdf.fileName(session) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(pdf);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
