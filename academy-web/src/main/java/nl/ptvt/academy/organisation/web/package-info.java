/**
 * The Faces side of the organisation directory: the administrators' organisation list and form, and the
 * organisation picker (suggestions and converter) that registration and user management share.
 */
package nl.ptvt.academy.organisation.web;
