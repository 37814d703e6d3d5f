/** Realistic demo data for trying the Academy out (ACADEMY_DEMO_DATA). */
package nl.ptvt.academy.demo;
