/**
 * How identity is stored and checked: JPA storage of accounts, the PBKDF2 password hash, the Jakarta Security
 * identity store behind the login page, the token signing key and the first administrator.
 */
package nl.ptvt.academy.identity.infrastructure;
