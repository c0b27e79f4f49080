// Typed calls to the Rust commands. Types come from Rust (ts-rs), never written here.
import { invoke } from '@tauri-apps/api/core';
import type { AppStatus } from '../bindings/AppStatus';
import type { BridgeError } from '../bindings/BridgeError';
import type { CourseManifest } from '../bindings/CourseManifest';
import type { CourseProgress } from '../bindings/CourseProgress';
import type { CourseSummary } from '../bindings/CourseSummary';
import type { Learner } from '../bindings/Learner';
import type { LearningReport } from '../bindings/LearningReport';
import type { LessonView } from '../bindings/LessonView';
import type { QuizResult } from '../bindings/QuizResult';
import type { EligibleScheme } from '../bindings/EligibleScheme';
import type { Language } from '../bindings/Language';
import type { Profile } from '../bindings/Profile';
import type { Scheme } from '../bindings/Scheme';
import type { SchemeFilters } from '../bindings/SchemeFilters';
import type { SearchResults } from '../bindings/SearchResults';

export const api = {
  appStatus: () => invoke<AppStatus>('app_status'),
  setLanguage: (language: Language) => invoke<Language>('set_language', { language }),
  searchSchemes: (query: string, filters: SchemeFilters) =>
    invoke<SearchResults>('search_schemes', { query, filters }),
  scheme: (id: string) => invoke<Scheme | null>('scheme', { id }),
  eligibleSchemes: (profile: Profile) => invoke<EligibleScheme[]>('eligible_schemes', { profile }),
  schemeCategories: () => invoke<string[]>('scheme_categories'),
  courses: () => invoke<CourseSummary[]>('courses_list'),
  course: (id: string) => invoke<CourseManifest | null>('course', { id }),
  lesson: (course: string, lesson: string) => invoke<LessonView>('lesson', { course, lesson }),
  learners: () => invoke<Learner[]>('learners'),
  addLearner: (name: string, avatar: string) => invoke<Learner>('add_learner', { name, avatar }),
  courseProgress: (learner: string, course: string) => invoke<CourseProgress>('course_progress', { learner, course }),
  openLesson: (learner: string, course: string, lesson: string) =>
    invoke<null>('open_lesson', { learner, course, lesson }),
  markLessonRead: (learner: string, course: string, lesson: string) =>
    invoke<null>('mark_lesson_read', { learner, course, lesson }),
  submitQuiz: (learner: string, course: string, lesson: string, answers: number[][]) =>
    invoke<QuizResult>('submit_quiz', { learner, course, lesson, answers }),
  learningReport: () => invoke<LearningReport>('learning_report'),
};

export function isBridgeError(value: unknown): value is BridgeError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BridgeError).code === 'string' &&
    typeof (value as BridgeError).message === 'string'
  );
}

/** A translated sentence for any failure; raw details stay out of the villager's sight. */
export function errorMessage(error: unknown, fallback: string): string {
  return isBridgeError(error) ? error.message : fallback;
}
