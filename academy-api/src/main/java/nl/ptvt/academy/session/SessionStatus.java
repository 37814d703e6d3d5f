package nl.ptvt.academy.session;

public enum SessionStatus {
    SCHEDULED, CANCELLED, COMPLETED
}
