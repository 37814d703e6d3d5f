package nl.ptvt.academy.certification;

import java.util.List;

/**
 * The outcome of issuing for all attendees of a session: how many attended, and the codes of the certificates issued
 * now (the others already held a valid certificate of the course).
 */
public record SessionCertificates(long sessionId, long courseId, int attended, List<String> issued) {

    public SessionCertificates {
        issued = List.copyOf(issued);
    }
}
