package nl.ptvt.academy.certification;

/**
 * What a certificate is worth today. {@code EXPIRED} is never stored: it is a valid certificate past its expiry date.
 * {@code SUPERSEDED} is a certificate replaced by a renewal or a reissue (the newer one is the one to show).
 */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    REVOKED,
    SUPERSEDED
}
