/**
 * Outgoing mail: the immutable {@link nl.ptvt.academy.mail.domain.OutgoingMail} a feature asks to send, the
 * outbox row that keeps it until it is sent, and the retry rules.
 */
package nl.ptvt.academy.mail.domain;
