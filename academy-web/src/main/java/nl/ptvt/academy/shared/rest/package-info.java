/**
 * The REST API's common parts: the JAX-RS application under /api/v1, RFC 9457 problem details for every
 * error, JSON settings and query-parameter parsing.
 */
package nl.ptvt.academy.shared.rest;
