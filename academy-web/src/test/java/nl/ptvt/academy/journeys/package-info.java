/** User journeys in a real (headless Chromium) browser, one page object per page. */
package nl.ptvt.academy.journeys;
