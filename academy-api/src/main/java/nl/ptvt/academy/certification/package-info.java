/**
 * Certificates: issued on completion, attendance or by an administrator, verifiable by anyone through their code,
 * downloadable as a PDF and as an Open Badges 3.0 credential.
 */
package nl.ptvt.academy.certification;
