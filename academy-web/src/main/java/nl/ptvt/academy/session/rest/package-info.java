/** REST resources of scheduled sessions: scheduling, the public list, booking (oneself or colleagues) and cancelling. */
package nl.ptvt.academy.session.rest;
