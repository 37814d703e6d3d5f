package nl.ptvt.academy.certification;

/** Why a certificate was issued: a completed e-learning, attendance at a session, or an administrator's decision. */
public enum CertificateSource {
    COMPLETION,
    ATTENDANCE,
    MANUAL
}
