/** {@code /api/v1/files}: uploading toolbox material (authors) and downloading it (everyone). */
package nl.ptvt.academy.files.rest;
