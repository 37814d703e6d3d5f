package nl.ptvt.academy.authoring.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.ptvt.academy.catalogue.CourseDetail;

/**
 * A module as the editor's outline shows it. Its lessons are a list of its own, because PrimeFaces' draggable rows
 * put a dragged lesson in its new place in that list before the page saves the new order.
 */
public class OutlineModule implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final List<Long> savedLessonIds;
    private final List<CourseDetail.LessonView> lessons;

    OutlineModule(CourseDetail.ModuleView module) {
        this.id = module.id();
        this.title = module.title();
        this.lessons = new ArrayList<>(module.lessons());
        this.savedLessonIds = lessonIds();
    }

    /** The lessons in the order the page shows, which may differ from the saved order after a drag. */
    List<Long> lessonIds() {
        return lessons.stream().map(CourseDetail.LessonView::id).toList();
    }

    boolean lessonsReordered() {
        return !savedLessonIds.equals(lessonIds());
    }

    /** The saved place of a lesson, from 0. */
    int placeOf(long lessonId) {
        return savedLessonIds.indexOf(lessonId);
    }

    /** The saved lesson ids with this lesson moved {@code step} places (-1 up, +1 down). */
    List<Long> lessonIdsMoving(long lessonId, int step) {
        return OutlineOrder.moving(savedLessonIds, placeOf(lessonId), step);
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<CourseDetail.LessonView> getLessons() {
        return lessons;
    }
}
