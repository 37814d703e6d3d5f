package nl.ptvt.academy.certification.rest;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.ptvt.academy.certification.BadgeIssuer;

/**
 * {@code /.well-known/jwks.json}: every public key of the Open Badges issuer, current and former. A servlet because the
 * path lies outside the REST API's {@code /api/v1}; outside every page area of web.xml, so public.
 */
@WebServlet(name = "PublishedKeysServlet", urlPatterns = "/.well-known/jwks.json")
public class PublishedKeysServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    BadgeIssuer issuer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] keys = issuer.publishedKeys().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(keys.length);
        response.setHeader("Cache-Control", SigningKeysResource.CACHE_FIVE_MINUTES);
        response.getOutputStream().write(keys);
    }
}
