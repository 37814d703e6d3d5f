/** The upload service: the transaction and security boundary around storing and serving files. */
package nl.ptvt.academy.files.application;
