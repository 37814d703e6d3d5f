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

    /** The lesson ids with the one at {@code index} moved {@code step} places (-1 up, +1 down). */
    List<Long> lessonIdsMoving(int index, int step) {
        return OutlineOrder.moving(savedLessonIds, index, step);
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
