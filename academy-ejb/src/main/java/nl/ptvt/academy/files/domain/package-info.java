/** Uploaded files: what is stored about them, and the rules an upload must meet (allowed types, size limit). */
package nl.ptvt.academy.files.domain;
