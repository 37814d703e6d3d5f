/** REST resources for accounts, tokens, "me" and account administration. */
package nl.ptvt.academy.identity.rest;
