/** The identity use cases: registration, my account, account administration, signing in and API tokens. */
package nl.ptvt.academy.identity.application;
