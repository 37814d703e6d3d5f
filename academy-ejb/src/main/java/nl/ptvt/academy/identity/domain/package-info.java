/** The account and its rules: unique e-mail address, roles, deactivation, and throttling of failed logins. */
package nl.ptvt.academy.identity.domain;
