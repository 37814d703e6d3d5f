package nl.ptvt.academy.identity.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.ptvt.academy.mail.domain.OutgoingMail;

/**
 * The invitation mail: Dutch, with the same in English below it (the invited person has no language setting
 * yet). The link carries the code; the expiry date is shown as people in the Netherlands read it.
 */
final class InvitationMail {

    static final String SUBJECT = "Uitnodiging voor de PTvT Academy / Invitation to the PTvT Academy";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl")).withZone(AMSTERDAM);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).withZone(AMSTERDAM);

    private InvitationMail() {
    }

    /**
     * @param inviter      the name of the coordinator or administrator who invited
     * @param organisation the organisation the account belongs to, or null
     */
    static OutgoingMail compose(String email, String inviter, String organisation, String link, Instant expiresAt) {
        String on = organisation == null ? "" : " van " + organisation;
        String of = organisation == null ? "" : " of " + organisation;
        String text = """
                Beste collega,

                %1$s%2$s heeft een account voor u aangemaakt bij de PTvT Academy, het leerplatform van \
                Platform Talent voor Technologie. Met dat account schrijft u zich in voor workshops, webinars en \
                trainingen en ziet u uw voortgang en certificaten.

                Activeer uw account door uw naam en een wachtwoord te kiezen:

                %3$s

                De link werkt één keer, tot %4$s. Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail \
                negeren: zonder activering kan niemand met het account inloggen.

                Met vriendelijke groet,
                PTvT Academy

                ----------------------------------------------------------------------

                Dear colleague,

                %1$s%5$s has created an account for you at the PTvT Academy, the learning platform of \
                Platform Talent voor Technologie. With it you can book workshops, webinars and trainings and \
                follow your progress and certificates.

                To activate your account, choose your name and a password at:

                %3$s

                The link works once, until %6$s (Amsterdam time). If you did not expect this invitation, you can \
                ignore this e-mail: nobody can sign in with the account until it is activated.

                Kind regards,
                PTvT Academy
                """.formatted(inviter, on, link, DUTCH_DATE.format(expiresAt), of, ENGLISH_DATE.format(expiresAt));
        return OutgoingMail.to(email, null).subject(SUBJECT).text(text).build();
    }
}
