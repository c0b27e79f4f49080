// Typed calls to the Rust commands. Types come from Rust (ts-rs), never written here.
import { invoke as tauriInvoke } from '@tauri-apps/api/core';
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
import type { FoundPack } from '../bindings/FoundPack';
import type { KioskMode } from '../bindings/KioskMode';
import type { KioskModeView } from '../bindings/KioskModeView';
import type { KioskProfile } from '../bindings/KioskProfile';
import type { Operator } from '../bindings/Operator';
import type { OperatorRole } from '../bindings/OperatorRole';
import type { PackImport } from '../bindings/PackImport';
import type { SessionView } from '../bindings/SessionView';
import type { StatePlaces } from '../bindings/StatePlaces';
import type { CheckIn } from '../bindings/CheckIn';
import type { CheckInInput } from '../bindings/CheckInInput';
import type { ConsentNotice } from '../bindings/ConsentNotice';
import type { Entrepreneur } from '../bindings/Entrepreneur';
import type { EntrepreneurHistoryEntry } from '../bindings/EntrepreneurHistoryEntry';
import type { EntrepreneurLists } from '../bindings/EntrepreneurLists';
import type { EntrepreneurRegistration } from '../bindings/EntrepreneurRegistration';
import type { EntrepreneurSummary } from '../bindings/EntrepreneurSummary';
import type { PossibleDuplicate } from '../bindings/PossibleDuplicate';
import type { ProgrammeDashboard } from '../bindings/ProgrammeDashboard';
import type { SyncReport } from '../bindings/SyncReport';
import type { SyncView } from '../bindings/SyncView';
import type { SchemeFilters } from '../bindings/SchemeFilters';
import type { SearchResults } from '../bindings/SearchResults';

/** Called when a command answers that the operator's session has locked. */
let onSignInNeeded: () => void = () => {};

export function whenSignInNeeded(listener: () => void): void {
  onSignInNeeded = listener;
}

async function invoke<T>(command: string, args?: Record<string, unknown> | Uint8Array): Promise<T> {
  try {
    return await tauriInvoke<T>(command, args);
  } catch (error) {
    if (isBridgeError(error) && error.code === 'people.sign_in_needed') onSignInNeeded();
    throw error;
  }
}

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
  coursePacksFound: () => invoke<FoundPack[]>('course_packs_found'),
  importCoursePack: (path: string) => invoke<PackImport>('import_course_pack', { path }),
  kioskPlaces: () => invoke<StatePlaces[]>('kiosk_places'),
  kioskProfile: () => invoke<KioskProfile | null>('kiosk_profile'),
  setUpKiosk: (profile: KioskProfile, admin: string, pin: string) =>
    invoke<SessionView>('set_up_kiosk', { profile, admin, pin }),
  operators: () => invoke<Operator[]>('operators'),
  signIn: (name: string, pin: string) => invoke<SessionView>('sign_in', { name, pin }),
  signOut: () => invoke<SessionView>('sign_out'),
  session: () => invoke<SessionView>('session'),
  kioskMode: () => invoke<KioskModeView>('kiosk_mode'),
  setKioskMode: (mode: KioskMode) => invoke<KioskModeView>('set_kiosk_mode', { mode }),
  leaveKioskMode: (pin: string) => invoke<KioskModeView>('leave_kiosk_mode', { pin }),
  addOperator: (name: string, pin: string, role: OperatorRole) =>
    invoke<Operator>('add_operator', { name, pin, role }),
  entrepreneurLists: () => invoke<EntrepreneurLists>('entrepreneur_lists'),
  consentNotice: () => invoke<ConsentNotice>('consent_notice'),
  /** Sends the photo's bytes as they are (not as JSON); answers its sha256. */
  storePhoto: (bytes: Uint8Array) => invoke<string>('store_photo', bytes),
  photo: (hash: string) => invoke<string | null>('photo', { hash }),
  possibleDuplicates: (form: EntrepreneurRegistration, except: string | null) =>
    invoke<PossibleDuplicate[]>('possible_duplicates', { form, except }),
  registerEntrepreneur: (form: EntrepreneurRegistration) => invoke<Entrepreneur>('register_entrepreneur', { form }),
  updateEntrepreneur: (id: string, version: number, form: EntrepreneurRegistration) =>
    invoke<Entrepreneur>('update_entrepreneur', { id, version, form }),
  entrepreneurs: (query: string) => invoke<EntrepreneurSummary[]>('entrepreneurs', { query }),
  entrepreneur: (id: string) => invoke<Entrepreneur>('entrepreneur', { id }),
  entrepreneurHistory: (id: string) => invoke<EntrepreneurHistoryEntry[]>('entrepreneur_history', { id }),
  eraseEntrepreneur: (id: string) => invoke<Entrepreneur>('erase_entrepreneur', { id }),
  addCheckIn: (id: string, checkIn: CheckInInput) => invoke<CheckIn>('add_check_in', { id, checkIn }),
  checkIns: (id: string) => invoke<CheckIn[]>('check_ins', { id }),
  programmeDashboard: () => invoke<ProgrammeDashboard>('programme_dashboard'),
  syncStatus: () => invoke<SyncView>('sync_status'),
  syncEnrol: (url: string, token: string) => invoke<null>('sync_enrol', { url, token }),
  syncNow: () => invoke<SyncReport>('sync_now'),
  syncRetry: (recordId: string | null) => invoke<number>('sync_retry', { recordId }),
  entrepreneurSynced: (id: string) => invoke<boolean>('entrepreneur_synced', { id }),
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
