package nl.ptvt.academy.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.ptvt.academy.certification.Certificates;
import nl.ptvt.academy.certification.MyCertificate;
import nl.ptvt.academy.shared.web.Texts;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code /mijn-certificaten}: the signed-in person's certificates, newest first, each with its status, dates, the PDF
 * download ({@link MyCertificatePdfServlet}, with the page session) and the share link: the public verification page
 * at the Academy's public address, with a button that copies it.
 */
@Named
@ViewScoped
public class MyCertificatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private List<MyCertificate> mine = List.of();
    private String baseUrl;

    @PostConstruct
    void load() {
        mine = certificates.mine();
        String configured = ConfigProvider.getConfig().getOptionalValue("academy.base.url", String.class)
                .orElse("http://localhost:8080");
        baseUrl = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public List<MyCertificate> getCertificates() {
        return mine;
    }

    /** Not {@code empty}: that is a word of EL. */
    public boolean isWithoutCertificates() {
        return mine.isEmpty();
    }

    /** The public verification page, as in the certificate's QR code. */
    public String shareLink(MyCertificate certificate) {
        return baseUrl + "/certificaat/" + certificate.code();
    }

    public String statusLabel(MyCertificate certificate) {
        return Texts.text("certificate.status." + certificate.status().name());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(Texts.text("format.date"), Texts.locale()).format(date);
    }
}
