package nl.ptvt.academy.identity.application;

import java.time.Instant;
import nl.ptvt.academy.mail.domain.MailText;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/**
 * The invitation mail: Dutch, with the same in English below it (the invited person has no language setting
 * yet). The link carries the code; the expiry date is shown as people in the Netherlands read it.
 */
final class InvitationMail {

    static final String SUBJECT = "Uitnodiging voor de PTvT Academy / Invitation to the PTvT Academy";

    private InvitationMail() {
    }

    /**
     * @param inviter      the name of the coordinator or administrator who invited
     * @param organisation the organisation the account belongs to, or null
     */
    static OutgoingMail compose(String email, String inviter, String organisation, String link, Instant expiresAt) {
        String dutch = """
                Beste collega,

                %s%s heeft een account voor u aangemaakt bij de PTvT Academy, het leerplatform van \
                Platform Talent voor Technologie. Met dat account schrijft u zich in voor workshops, webinars en \
                trainingen en ziet u uw voortgang en certificaten.

                Activeer uw account door uw naam en een wachtwoord te kiezen:

                %s

                De link werkt één keer, tot %s. Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail \
                negeren: zonder activering kan niemand met het account inloggen.
                """.formatted(inviter, organisation == null ? "" : " van " + organisation, link, MailText.dutchMoment(expiresAt));
        String english = """
                Dear colleague,

                %s%s has created an account for you at the PTvT Academy, the learning platform of \
                Platform Talent voor Technologie. With it you can book workshops, webinars and trainings and \
                follow your progress and certificates.

                To activate your account, choose your name and a password at:

                %s

                The link works once, until %s (Amsterdam time). If you did not expect this invitation, you can \
                ignore this e-mail: nobody can sign in with the account until it is activated.
                """.formatted(inviter, organisation == null ? "" : " of " + organisation, link, MailText.englishMoment(expiresAt));
        return OutgoingMail.to(email, null).subject(SUBJECT).text(MailText.dutchThenEnglish(dutch, english)).build();
    }
}
