/**
 * Uploaded files: the downloadable "toolbox" material of FILE lessons (PDF, slides, documents, images, video),
 * checked on their content and size, stored in the Academy's data folder and served at {@code /api/v1/files/{id}}.
 */
package nl.ptvt.academy.files;
