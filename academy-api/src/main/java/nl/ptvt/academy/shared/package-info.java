/**
 * What every feature's contract shares: paging, the exception hierarchy that REST and Faces translate into
 * problem details and field messages.
 */
package nl.ptvt.academy.shared;
