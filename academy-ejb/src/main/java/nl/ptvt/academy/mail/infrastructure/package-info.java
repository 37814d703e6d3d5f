/**
 * Mail settings, building MIME messages with Jakarta Mail, and delivering them by SMTP or, without an SMTP
 * server, as .eml files in the data folder; the JPA repository of the outbox with its claim of due rows.
 */
package nl.ptvt.academy.mail.infrastructure;
