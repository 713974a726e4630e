import { useLiveQuery } from 'dexie-react-hooks';
import type { Course, Lesson } from '../../../../shared/domain/course';
import { db } from '../../db';
import { liveLessons } from './queries';

/** The course with this id as it changes: undefined while loading, null when there is none. */
export function useCourse(id: string): Course | null | undefined {
  return useLiveQuery(async () => {
    const course = await db.courses.get(id);
    return course && course.deletedAt === undefined ? course : null;
  }, [id]);
}

export function useLessons(courseId: string): Lesson[] | undefined {
  return useLiveQuery(() => liveLessons(db, courseId), [courseId]);
}
