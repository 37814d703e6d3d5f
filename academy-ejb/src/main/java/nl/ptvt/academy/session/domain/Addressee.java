package nl.ptvt.academy.session.domain;

/** Where a participant's mail goes: their address and name, read with their booking. */
public record Addressee(long accountId, String email, String name) {
}
