package nl.ptvt.academy.catalogue;

/** How a course is given: online at one's own pace, or a scheduled webinar, workshop or training. */
public enum CourseFormat {
    E_LEARNING, WEBINAR, WORKSHOP, TRAINING
}
