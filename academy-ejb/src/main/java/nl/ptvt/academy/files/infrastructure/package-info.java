/** Files on disk in the data folder, their type detection by Apache Tika, and the JPA repository. */
package nl.ptvt.academy.files.infrastructure;
