package nl.ptvt.academy.certification.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.ptvt.academy.certification.CertificateStatus;
import nl.ptvt.academy.certification.CertificateVerification;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.shared.ResourceNotFoundException;
import nl.ptvt.academy.shared.TooManyAttemptsException;
import nl.ptvt.academy.shared.web.Texts;

/**
 * Anyone checks a certificate at {@code /certificaat/{code}} (the address in its QR code): whether it is valid,
 * expired, revoked (with the reason) or replaced, and what it says. Nothing about the holder beyond the certificate.
 * Look-ups count against the same per-address limit as the verification API; an unknown code is "not found" (404).
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String NOT_FOUND_VIEW = "/fout/niet-gevonden.xhtml";

    @Inject
    Certificates certificates;

    @Inject
    VerificationThrottle throttle;

    private String code;
    private CertificateVerification certificate;
    private long retryAfterSeconds;

    /** The view action (also on a postback such as the language switch, which looks the code up again). */
    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
        try {
            throttle.check(request.getRemoteAddr());
            certificate = certificates.verify(code == null ? "" : code.strip());
        } catch (TooManyAttemptsException throttled) {
            retryAfterSeconds = Math.max(1, throttled.retryAfter().toSeconds());
            HttpServletResponse response = (HttpServletResponse) context.getExternalContext().getResponse();
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        } catch (ResourceNotFoundException e) {
            context.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            UIViewRoot notFound = context.getApplication().getViewHandler().createView(context, NOT_FOUND_VIEW);
            context.setViewRoot(notFound);
        }
    }

    public boolean isThrottled() {
        return retryAfterSeconds > 0;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public CertificateVerification getCertificate() {
        return certificate;
    }

    /** valid, expired, revoked or superseded: for the CSS class and the test hooks. */
    public String getStatusName() {
        return certificate == null ? "" : certificate.status().name().toLowerCase();
    }

    public boolean isValid() {
        return certificate != null && certificate.status() == CertificateStatus.VALID;
    }

    public String getStatusLabel() {
        return certificate == null ? "" : Texts.text("certificate.status." + certificate.status().name());
    }

    public String getStatusExplanation() {
        return certificate == null ? "" : Texts.text("certificate.verify.explain." + certificate.status().name());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Texts.text("format.date"), Texts.locale()).format(date);
    }

    /** "12,5" in Dutch, "12.5" in English. */
    public String hours(BigDecimal hours) {
        if (hours == null) {
            return "";
        }
        String number = hours.stripTrailingZeros().toPlainString();
        return "nl".equals(Texts.locale().getLanguage()) ? number.replace('.', ',') : number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
