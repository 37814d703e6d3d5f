/**
 * Accounts, roles and signing in: registration, "my account", the administrators' account management and the
 * bearer tokens of the REST API.
 */
package nl.ptvt.academy.identity;
