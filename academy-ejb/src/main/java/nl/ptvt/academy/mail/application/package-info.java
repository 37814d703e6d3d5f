/**
 * Sending mail. Features call {@link nl.ptvt.academy.mail.application.MailOutbox#queue} inside their own
 * transaction; {@link nl.ptvt.academy.mail.application.MailSender} delivers the queue on every instance.
 */
package nl.ptvt.academy.mail.application;
