package nl.ptvt.academy.certification.application;

import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/** To the holder of a new certificate: where to download and share it. */
final class CertificateReadyMail {

    private CertificateReadyMail() {
    }

    /** @param link the holder's page "mijn certificaten" */
    static OutgoingMail compose(String email, String name, String courseTitle, String code, String link) {
        String dutch = """
                Beste %1$s,

                Je certificaat voor "%2$s" staat klaar. Je downloadt het (als PDF) en deelt de controlelink op \
                de pagina Mijn certificaten:

                %3$s

                Iedereen kan met de code op het certificaat nagaan dat het echt is.
                """.formatted(name, courseTitle, link);
        String english = """
                Dear %1$s,

                Your certificate for "%2$s" is ready. Download it (as a PDF) and share its verification link on the \
                page "Mijn certificaten" at the link above. Anyone can check with the code on the certificate that it \
                is genuine.
                """.formatted(name, courseTitle);
        return OutgoingMail.to(email, name).subject("Je certificaat staat klaar: " + courseTitle)
                .text(MailText.dutchThenEnglish(dutch, english)).dedupKey("certificate-ready:" + code).build();
    }
}
